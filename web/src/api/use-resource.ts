import i18next from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-error.js';
import { request } from './request.js';
import type { Answer } from './request.js';

export type Resource<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: ApiError }
  | { readonly kind: 'ready'; readonly data: T; readonly etag: string | undefined };

const listeners = new Set<() => void>();

/**
 * Answers by path, shared by every view that needs them and kept for a few seconds, so that a page
 * and its top bar make one request, and a request started early (`preload`) is used when the view
 * mounts. Any write clears them all.
 */
const answers = new Map<string, { readonly at: number; readonly answer: Promise<Answer<unknown>> }>();
const FRESH_MS = 3000;

function shared<T>(path: string): Promise<Answer<T>> {
  const hit = answers.get(path);
  if (hit && performance.now() - hit.at < FRESH_MS) return hit.answer as Promise<Answer<T>>;
  const answer = request<unknown>(path);
  answers.set(path, { at: performance.now(), answer });
  answer.catch(() => answers.delete(path));
  return answer as Promise<Answer<T>>;
}

/** Starts loading a resource before any view asks for it. */
export function preload<T>(path: string): Promise<Answer<T>> {
  return shared<T>(path);
}

/** Tells every mounted resource that data changed on the server. */
export function invalidateAll(): void {
  answers.clear();
  for (const l of listeners) l();
}

/**
 * Loads a JSON resource and keeps it fresh: it refetches when `path` changes, on `reload()` and after
 * any write (`invalidateAll`). While refetching it keeps showing the previous data. `null` loads nothing.
 */
export function useResource<T>(path: string | null): { readonly state: Resource<T>; readonly reload: () => void } {
  const [state, setState] = useState<Resource<T>>({ kind: 'loading' });
  const [tick, setTick] = useState(0);
  const failed = useRef(false);
  failed.current = state.kind === 'error';
  useEffect(() => {
    const listener = () => setTick((t) => t + 1);
    // The server said its problem in the old language: ask again, and it says it in the new one.
    const onLanguage = () => { if (failed.current) listener(); };
    listeners.add(listener);
    i18next.on('languageChanged', onLanguage);
    return () => {
      listeners.delete(listener);
      i18next.off('languageChanged', onLanguage);
    };
  }, []);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    shared<T>(path).then(
      (a) => { if (live) setState({ kind: 'ready', data: a.data, etag: a.etag }); },
      (error: unknown) => {
        if (live) setState({ kind: 'error', error: error instanceof ApiError ? error : new ApiError(0, 'error', String(error), [], undefined) });
      },
    );
    // The shared request runs on; this view only stops listening.
    return () => { live = false; };
  }, [path, tick]);
  const reload = useCallback(() => {
    if (path !== null) answers.delete(path);
    setTick((t) => t + 1);
  }, [path]);
  return { state, reload };
}

/** Several resources as one: loading until all are ready, failed when any failed. */
export function combine<A, B>(a: Resource<A>, b: Resource<B>): Resource<readonly [A, B]> {
  if (a.kind === 'error') return a;
  if (b.kind === 'error') return b;
  if (a.kind === 'loading' || b.kind === 'loading') return { kind: 'loading' };
  return { kind: 'ready', data: [a.data, b.data], etag: undefined };
}
