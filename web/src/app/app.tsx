import { lazy, Suspense } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatus } from '../api/hooks.js';
import { routes } from '../api/routes.js';
import { useResource } from '../api/use-resource.js';
import { BrandMark, NavIcon } from '../components/icon.js';
import { Empty, ErrorState, Loading } from '../components/states.js';
import { Page } from '../components/page.js';
import { LANGUAGES } from '../i18n/i18n.js';
import { AccountMenu } from '../pages/login-page.js';
import { OverviewPage } from '../pages/overview-page.js';
import { ProgrammeProvider, today, useProgramme } from './programme-context.js';
import { linkHandler, ROUTES, useRoute } from './router.js';
import type { RouteKey } from './router.js';

interface ProgrammeSummary {
  readonly id: string;
  readonly name: string;
}

/** Pages after the first load on demand, which keeps the initial script small. */
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> =>
  lazy(async () => ({ default: (await load())[name] }));

const PAGES: Record<RouteKey, ComponentType | LazyExoticComponent<ComponentType>> = {
  overview: OverviewPage,
  roadmap: named(() => import('../pages/roadmap-page.js'), 'RoadmapPage'),
  kpis: named(() => import('../pages/kpis-page.js'), 'KpisPage'),
  benefits: named(() => import('../pages/benefits-page.js'), 'BenefitsPage'),
  milestones: named(() => import('../pages/milestones-page.js'), 'MilestonesPage'),
  entry: named(() => import('../pages/entry-page.js'), 'EntryPage'),
  history: named(() => import('../pages/history-page.js'), 'HistoryPage'),
  reports: named(() => import('../pages/reports-page.js'), 'ReportsPage'),
};

/** The dashboard: a skip link, the menu, the top bar and the current page. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { state, reload } = useResource<{ readonly items: readonly ProgrammeSummary[] }>(routes.programmes());
  let body;
  if (state.kind === 'loading') body = <Loading />;
  else if (state.kind === 'error') body = <ErrorState error={state.error} onRetry={reload} />;
  else {
    const wanted = new URLSearchParams(window.location.search).get('programme');
    const programme = state.data.items.find((p) => p.id === wanted) ?? state.data.items[0];
    body = programme
      ? <ProgrammeProvider id={programme.id} name={programme.name}><Frame route={route} /></ProgrammeProvider>
      : <Frame route={route} empty />;
  }
  return (
    <>
      <a className="skip-link" href="#main">{t('shell.skip')}</a>
      <div className="shell">
        <aside className="sidebar" aria-label={t('shell.menu')}>
          <div className="sidebar-inner">
          <a className="brand" href="/" onClick={linkHandler('/')}>
            <BrandMark />
            <span className="brand-name">Koers</span>
          </a>
          <nav className="nav" aria-label={t('shell.pages')}>
            {ROUTES.map((r) => (
              <a key={r.key} href={r.path} onClick={linkHandler(r.path)} aria-current={route === r.key ? 'page' : undefined}>
                <NavIcon route={r.key} />
                {t(`nav.${r.key}`)}
              </a>
            ))}
          </nav>
          <AccountMenu />
          <p className="sidebar-foot">{t('shell.tagline')}</p>
          </div>
        </aside>
        <div className="content">{body}</div>
      </div>
    </>
  );
}

function Frame({ route, empty }: { readonly route: RouteKey | undefined; readonly empty?: boolean }) {
  const { t } = useTranslation();
  const Current = route ? PAGES[route] : undefined;
  return (
    <>
      {!empty && <TopBar />}
      <main id="main" tabIndex={-1}>
        {empty ? (
          <Page title={t('empty.noProgrammeTitle')}>
            <div className="card"><Empty title={t('empty.noProgrammeTitle')}>{t('empty.noProgramme')}</Empty></div>
          </Page>
        ) : Current ? (
          <Suspense fallback={<Loading />}>
            <Current />
          </Suspense>
        ) : (
          <Page title={t('notFound.title')}>
            <div className="card"><Empty title={t('notFound.title')}>{t('notFound.body')}</Empty></div>
          </Page>
        )}
      </main>
    </>
  );
}

function TopBar() {
  const { t, i18n } = useTranslation();
  const { name, asOf, setAsOf } = useProgramme();
  const status = useStatus();
  const shown = asOf ?? (status.state.kind === 'ready' ? status.state.data.asOf : today());
  return (
    <header className="topbar">
      <div className="topbar-programme">
        <strong>{name}</strong>
        <span>{t('shell.programme')}</span>
      </div>
      <div className="topbar-tools">
        <label className="row small" style={{ gap: 'var(--space-2)' }}>
          <span className="muted">{t('shell.asOf')}</span>
          <input className="input" type="date" style={{ width: 'auto', minHeight: 32, padding: '3px 8px' }}
            value={shown} onChange={(e) => setAsOf(e.target.value || undefined)} />
        </label>
        {asOf && <button type="button" className="btn" onClick={() => setAsOf(undefined)}>{t('shell.backToToday')}</button>}
        <div className="lang-switch" role="group" aria-label={t('shell.language')}>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={i18n.language === l} onClick={() => void i18n.changeLanguage(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
