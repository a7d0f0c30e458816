import { useSyncExternalStore } from 'react';
import type { MouseEvent } from 'react';

/** The dashboard's pages, in menu order; paths are Dutch because the users are. */
export const ROUTES = [
  { path: '/', key: 'overview' },
  { path: '/roadmap', key: 'roadmap' },
  { path: '/kpis', key: 'kpis' },
  { path: '/baten', key: 'benefits' },
  { path: '/mijlpalen', key: 'milestones' },
  { path: '/invoeren', key: 'entry' },
  { path: '/historie', key: 'history' },
  { path: '/rapporten', key: 'reports' },
  { path: '/gebruikers', key: 'users' },
] as const;

export type RouteKey = (typeof ROUTES)[number]['key'];

const subscribe = (notify: () => void) => {
  window.addEventListener('popstate', notify);
  return () => window.removeEventListener('popstate', notify);
};

/** The current route; unknown paths are `undefined` (the page shows "not found"). */
export function useRoute(): RouteKey | undefined {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname);
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return ROUTES.find((r) => r.path === clean)?.key;
}

/** Navigates within the app, keeping the query string (programme, as-of date, language). */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  focusPending = true;
  window.history.pushState(null, '', path + window.location.search);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** Click handler for in-app links that leaves modified clicks (new tab, …) to the browser. */
export function linkHandler(path: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
}

let focusPending = false;

/** True once after an in-app navigation: the new page's heading then takes focus. */
export function takeFocusRequest(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}
