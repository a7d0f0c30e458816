import { describe, expect, it } from 'vitest';
import { coalesceReads } from './coalesce-reads.js';

/** A read whose queries the test answers by hand; `value` is what the "database" holds when a query is sent. */
function manualRead() {
  const sent: { key: string; snapshot: number; answer: () => void; fail: (error: Error) => void }[] = [];
  const state = { value: 0 };
  const read = (key: string) =>
    new Promise<number>((resolve, reject) => {
      const snapshot = state.value;
      sent.push({ key, snapshot, answer: () => resolve(snapshot), fail: reject });
    });
  return { sent, state, read };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('coalesceReads', () => {
  it('sends at once when nothing is in flight, and shares one next query among the calls made meanwhile', async () => {
    const { sent, read } = manualRead();
    const shared = coalesceReads(read);
    const first = shared('p');
    expect(sent).toHaveLength(1);
    const waiting = [shared('p'), shared('p'), shared('p')];
    expect(sent).toHaveLength(1); // not sent yet: waits for the one in flight
    sent[0]!.answer();
    await settle();
    expect(sent).toHaveLength(2);
    sent[1]!.answer();
    expect(await first).toBe(0);
    expect(await Promise.all(waiting)).toEqual([0, 0, 0]);
    await settle();
    expect(sent).toHaveLength(2);
  });

  it('never answers a call with a query sent before the call', async () => {
    const { sent, state, read } = manualRead();
    const shared = coalesceReads(read);
    const before = shared('p');
    state.value = 1; // a write commits while the first query is in flight
    const after = shared('p');
    sent[0]!.answer();
    await settle();
    sent[1]!.answer();
    expect(await before).toBe(0);
    expect(await after).toBe(1);
  });

  it('keeps keys apart and passes a failure to exactly the calls that shared the query', async () => {
    const { sent, read } = manualRead();
    const shared = coalesceReads(read);
    const a = shared('a');
    const b = shared('b');
    expect(sent.map((s) => s.key)).toEqual(['a', 'b']);
    const a2 = shared('a');
    sent[0]!.fail(new Error('connection lost'));
    await expect(a).rejects.toThrow('connection lost');
    await settle();
    sent[2]!.answer();
    sent[1]!.answer();
    expect(await a2).toBe(0);
    expect(await b).toBe(0);
  });

  it('turns a read that throws at once into a rejection and recovers', async () => {
    let calls = 0;
    const shared = coalesceReads((key: string) => {
      calls++;
      if (calls === 1) throw new Error('bad');
      return Promise.resolve(key);
    });
    await expect(shared('x')).rejects.toThrow('bad');
    await settle();
    expect(await shared('x')).toBe('x');
  });
});
