import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';

/** A role of Koers, as the server names it. */
export type Role = 'beheerder' | 'programmamanager' | 'baateigenaar' | 'stuurgroeplid' | 'lezer';

/** How far an allowed change reaches: everything, or only what is about the user's own benefits and KPIs. */
export type Scope = 'all' | 'owned';

/** One programme in the `access` of GET /api/auth/session. */
export interface ProgrammeAccess {
  readonly programme: string;
  readonly roles: readonly Role[];
  /** Route keys ("POST /api/programmes/:id/measurements") the user may call there, with their scope. */
  readonly actions: Readonly<Record<string, Scope>>;
  readonly owned: { readonly benefits: readonly string[]; readonly kpis: readonly string[] } | null;
}

/** What the server says the signed-in user may do; the dashboard shows controls only from this. */
export interface AccessAnswer {
  readonly global: Readonly<Record<string, Scope>>;
  readonly programmes: readonly ProgrammeAccess[];
}

/** A record kind the API writes (`/api/programmes/:id/<kind>`). */
export type RecordKind = 'measurements' | 'progress' | 'decisions' | 'checks' | 'risks' | 'overrides' | 'signals' | 'acknowledgements' | 'budget';

const ROUTE_OF = {
  create: (kind: RecordKind) => `POST /api/programmes/:id/${kind}`,
  upload: (kind: RecordKind) => `POST /api/programmes/:id/${kind}/upload`,
  replace: (kind: RecordKind) => `PUT /api/programmes/:id/${kind}/:recordId`,
  remove: (kind: RecordKind) => `DELETE /api/programmes/:id/${kind}/:recordId`,
} as const;

/** The signed-in user's rights on the programme in view (and globally), as questions the pages ask. */
export interface Access {
  /** The user's roles on the programme in view; empty outside a programme. */
  readonly roles: readonly Role[];
  /** Whether (and how far) the user may write records of `kind` in this way; undefined: not at all. */
  may(kind: RecordKind, how?: keyof typeof ROUTE_OF): Scope | undefined;
  /** Whether a write of `kind` about this KPI (or benefit) is allowed: always for scope `all`, for `owned` only about their own. */
  mayAbout(kind: RecordKind, subject: { readonly kpi?: string; readonly benefit?: string }, how?: keyof typeof ROUTE_OF): boolean;
  /** The KPIs and benefits a baateigenaar owns here; undefined for other roles. */
  readonly owned: ProgrammeAccess['owned'] | undefined;
  /** A global route ("GET /api/users") the user may call. */
  mayGlobally(route: string): boolean;
}

const NOTHING: AccessAnswer = { global: {}, programmes: [] };
const AccessContext = createContext<{ readonly answer: AccessAnswer; readonly programme: string | undefined }>({ answer: NOTHING, programme: undefined });

/** Makes the server's answer the access of everything inside, for `programme` (or none). */
export function AccessProvider({ answer, programme, children }: { readonly answer: AccessAnswer; readonly programme: string | undefined; readonly children: ReactNode }) {
  const value = useMemo(() => ({ answer, programme }), [answer, programme]);
  return <AccessContext.Provider value={value}>{children}</AccessContext.Provider>;
}

/** The access of a programme in a server answer; nothing allowed when the programme is not listed. */
export function accessOf(answer: AccessAnswer, programme: string | undefined): Access {
  const here = answer.programmes.find((p) => p.programme === programme);
  const may = (kind: RecordKind, how: keyof typeof ROUTE_OF = 'create') => here?.actions[ROUTE_OF[how](kind)];
  return {
    roles: here?.roles ?? [],
    may,
    mayAbout(kind, subject, how = 'create') {
      const scope = may(kind, how);
      if (scope !== 'owned') return scope === 'all';
      const owned = here?.owned;
      return (subject.kpi !== undefined && (owned?.kpis.includes(subject.kpi) ?? false)) || (subject.benefit !== undefined && (owned?.benefits.includes(subject.benefit) ?? false));
    },
    owned: here?.owned ?? undefined,
    mayGlobally: (route) => route in answer.global,
  };
}

/** What the signed-in user may do here. */
export function useAccess(): Access {
  const { answer, programme } = useContext(AccessContext);
  return useMemo(() => accessOf(answer, programme), [answer, programme]);
}

/** The record kinds the Invoeren page reads from files. */
export const UPLOAD_KINDS = ['measurements', 'progress', 'decisions', 'checks', 'risks', 'budget'] as const satisfies readonly RecordKind[];

/** The tabs of the Invoeren page. */
export type EntryTab = 'measurement' | 'upload' | 'progress' | 'override';

/** The Invoeren tabs with something the user may do; none hides the page from the menu. */
export function entryTabs(access: Access): EntryTab[] {
  const tabs: EntryTab[] = [];
  if (access.may('measurements')) tabs.push('measurement');
  if (UPLOAD_KINDS.some((k) => access.may(k, 'upload'))) tabs.push('upload');
  if (access.may('progress')) tabs.push('progress');
  if (access.may('overrides')) tabs.push('override');
  return tabs;
}

/** The global route of the account list: who may see it manages accounts. */
export const MANAGE_USERS = 'GET /api/users';
