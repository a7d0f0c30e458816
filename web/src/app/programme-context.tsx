import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

/** Which programme the dashboard shows and on which date ("stand per"). */
export interface ProgrammeContextValue {
  readonly id: string;
  readonly name: string;
  /** The as-of date every page computes with; undefined means today (the server's date). */
  readonly asOf: string | undefined;
  setAsOf(date: string | undefined): void;
}

const ProgrammeContext = createContext<ProgrammeContextValue | undefined>(undefined);

/** Today in the browser's time zone as `YYYY-MM-DD`. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The as-of date in the address (`?asOf=2026-03-31`), if any. */
export function asOfFromUrl(): string | undefined {
  const value = new URLSearchParams(window.location.search).get('asOf');
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Keeps the as-of date in the URL, so a replayed date survives reloads and can be shared. */
function writeAsOf(date: string | undefined): void {
  const url = new URL(window.location.href);
  if (date) url.searchParams.set('asOf', date);
  else url.searchParams.delete('asOf');
  window.history.replaceState(null, '', url);
}

export function ProgrammeProvider({ id, name, children }: { readonly id: string; readonly name: string; readonly children: ReactNode }) {
  const [asOf, setAsOfState] = useState<string | undefined>(asOfFromUrl);
  const value = useMemo<ProgrammeContextValue>(() => ({
    id,
    name,
    asOf,
    setAsOf(date) {
      const next = date === today() ? undefined : date;
      writeAsOf(next);
      setAsOfState(next);
    },
  }), [id, name, asOf]);
  return <ProgrammeContext.Provider value={value}>{children}</ProgrammeContext.Provider>;
}

/** The programme in view; only pages inside the provider call it. */
export function useProgramme(): ProgrammeContextValue {
  const value = useContext(ProgrammeContext);
  if (!value) throw new Error('useProgramme outside ProgrammeProvider');
  return value;
}
