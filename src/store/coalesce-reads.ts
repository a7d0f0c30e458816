interface Flight<T> {
  /** The query to send when the one in flight returns, with the callers waiting for it. */
  next: { readonly promise: Promise<T>; readonly resolve: (value: T) => void; readonly reject: (error: unknown) => void } | undefined;
}

/**
 * Coalesces concurrent reads of one key: a call joins the query that will be sent next, or sends
 * one at once when none is in flight; the next query is sent as soon as the one in flight returns.
 * A call is never answered by a query sent before it was made, so it sees every write committed
 * before the call, on any instance; a busy key costs one query per round trip instead of one per call.
 *
 * @example
 * const revision = coalesceReads((id: string) => programmeRevision(db, id));
 * const [a, b] = await Promise.all([revision('p1'), revision('p1')]); // at most two queries, usually one
 */
export function coalesceReads<K, T>(read: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const flights = new Map<K, Flight<T>>();

  function send(key: K): Promise<T> {
    const flight: Flight<T> = { next: undefined };
    flights.set(key, flight);
    let sent: Promise<T>;
    try {
      sent = read(key);
    } catch (error) {
      sent = Promise.reject(error);
    }
    const landed = () => {
      const next = flight.next;
      if (next === undefined) {
        flights.delete(key);
        return;
      }
      send(key).then(next.resolve, next.reject);
    };
    sent.then(landed, landed);
    return sent;
  }

  return (key) => {
    const flight = flights.get(key);
    if (flight === undefined) return send(key);
    if (flight.next === undefined) {
      let resolve!: (value: T) => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      flight.next = { promise, resolve, reject };
    }
    return flight.next.promise;
  };
}
