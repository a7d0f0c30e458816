import type { RouteKey } from '../app/router.js';

const PATHS: Record<RouteKey, string> = {
  overview: 'M3 13h8V3H3zm0 8h8v-6H3zm10 0h8V11h-8zm0-18v6h8V3z',
  roadmap: 'M3 5h10v3H3zm4 5.5h12v3H7zM5 16h9v3H5z',
  kpis: 'M4 20V10m6 10V4m6 16v-7m4 7H2',
  benefits: 'M12 3l2.6 5.6 6 .7-4.5 4.1 1.3 6L12 16.4 6.6 19.4l1.3-6L3.4 9.3l6-.7z',
  milestones: 'M5 21V4m0 0h11l-2 4 2 4H5',
  entry: 'M4 20h4L19 9l-4-4L4 16zm9-13 4 4',
  history: 'M12 7v5l3 2M3.5 12a8.5 8.5 0 1 0 2.5-6M3 4v4h4',
  reports: 'M7 3h7l5 5v13H7zM14 3v5h5M10 13h6M10 17h6',
  users: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 10v-1a6 6 0 0 1 12 0v1m2-10a3 3 0 1 0 0-6m6 16v-1a5 5 0 0 0-4-4.9',
};

/** The menu icon of a page; decorative, the link text names the page. */
export function NavIcon({ route }: { readonly route: RouteKey }) {
  const filled = route === 'overview' || route === 'roadmap';
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"
      fill={filled ? 'currentColor' : 'none'} stroke={filled ? 'none' : 'currentColor'}
      strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[route]} />
    </svg>
  );
}

/** The Koers mark: a compass needle. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#fff" fillOpacity="0.14" />
      <path d="M9 23 16 7l7 16-7-4z" fill="#fff" />
    </svg>
  );
}
