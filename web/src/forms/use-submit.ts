import i18next from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import { newIdempotencyKey } from '../api/request.js';
import { invalidateAll } from '../api/use-resource.js';

export interface Submit {
  readonly busy: boolean;
  readonly error: ApiError | undefined;
  /** Set after a successful write until the form changes again. */
  readonly done: boolean;
  /** Runs a write with this form's idempotency key; a retry after a failure reuses the key. */
  run(write: (idempotencyKey: string) => Promise<unknown>): Promise<boolean>;
  /** Clears the error and success message, e.g. when the user edits the form. */
  reset(): void;
}

/** The state of one form's write: busy, the server's error, success; refreshes every view after a write. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [done, setDone] = useState(false);
  const key = useRef(newIdempotencyKey());
  // The server worded its problems in the language of the request; after a switch they would stand in
  // the old language beside the new one, so they go (a conflict and "offline" are the dashboard's own words).
  useEffect(() => {
    const onLanguage = () => setError((e) => (e && (e.conflict || e.status === 0) ? e : undefined));
    i18next.on('languageChanged', onLanguage);
    return () => i18next.off('languageChanged', onLanguage);
  }, []);
  const run = useCallback(async (write: (idempotencyKey: string) => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await write(key.current);
      key.current = newIdempotencyKey();
      setDone(true);
      invalidateAll();
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'error', String(e), [], undefined));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => {
    setError(undefined);
    setDone(false);
  }, []);
  return { busy, error, done, run, reset };
}

const NAME_KEY = 'koers.name';

/** The user's name for "vastgelegd door", remembered in this browser. */
export const rememberedName = (): string => window.localStorage.getItem(NAME_KEY) ?? '';
export const rememberName = (name: string): void => window.localStorage.setItem(NAME_KEY, name.trim());
