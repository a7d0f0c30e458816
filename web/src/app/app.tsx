import { lazy, Suspense } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatus } from '../api/hooks.js';
import { routes } from '../api/routes.js';
import { combine, useResource } from '../api/use-resource.js';
import { DateField } from '../components/date-field.js';
import { BrandMark, NavIcon } from '../components/icon.js';
import { Empty, ErrorState, Loading } from '../components/states.js';
import { Page } from '../components/page.js';
import { LANGUAGES } from '../i18n/i18n.js';
import { AccountMenu } from '../pages/login-page.js';
import { OverviewPage } from '../pages/overview-page.js';
import { AccessProvider, accessOf, entryTabs, MANAGE_USERS } from './access.js';
import type { AccessAnswer } from './access.js';
import { ProgrammeProvider, today, useProgramme } from './programme-context.js';
import { linkHandler, ROUTES, useRoute } from './router.js';
import type { RouteKey } from './router.js';

interface ProgrammeSummary {
  readonly id: string;
  readonly name: string;
}

/** The part of GET /api/auth/session the shell reads: what the user may do. */
interface SessionAccess {
  readonly access: AccessAnswer;
}

/** Pages after the first load on demand, which keeps the initial script small. */
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> =>
  lazy(async () => ({ default: (await load())[name] }));

const PAGES: Record<Exclude<RouteKey, 'users'>, ComponentType | LazyExoticComponent<ComponentType>> = {
  overview: OverviewPage,
  roadmap: named(() => import('../pages/roadmap-page.js'), 'RoadmapPage'),
  kpis: named(() => import('../pages/kpis-page.js'), 'KpisPage'),
  benefits: named(() => import('../pages/benefits-page.js'), 'BenefitsPage'),
  milestones: named(() => import('../pages/milestones-page.js'), 'MilestonesPage'),
  entry: named(() => import('../pages/entry-page.js'), 'EntryPage'),
  history: named(() => import('../pages/history-page.js'), 'HistoryPage'),
  reports: named(() => import('../pages/reports-page.js'), 'ReportsPage'),
};
/** Accounts are not about one programme: the page opens even when there is none. */
const UsersPage = named(() => import('../pages/users-page.js'), 'UsersPage');

/** The session path, shared with the sign-in gate's check; refetched after every change, so rights stay current. */
const SESSION = '/api/auth/session';

/** The dashboard: a skip link, the menu (only the pages the user can use), the top bar and the current page. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const programmes = useResource<{ readonly items: readonly ProgrammeSummary[] }>(routes.programmes());
  const session = useResource<SessionAccess>(SESSION);
  const both = combine(programmes.state, session.state);
  let programme: ProgrammeSummary | undefined;
  let body: ReactNode;
  let answer: AccessAnswer | undefined;
  if (both.kind === 'loading') body = <Loading />;
  else if (both.kind === 'error') body = <ErrorState error={both.error} onRetry={() => { programmes.reload(); session.reload(); }} />;
  else {
    const [list, who] = both.data;
    answer = who.access;
    const wanted = new URLSearchParams(window.location.search).get('programme');
    programme = list.items.find((p) => p.id === wanted) ?? list.items[0];
    const frame = <AccessProvider answer={who.access} programme={programme?.id}><Frame route={route} empty={!programme} /></AccessProvider>;
    body = programme ? <ProgrammeProvider id={programme.id} name={programme.name}>{frame}</ProgrammeProvider> : frame;
  }
  const access = answer && accessOf(answer, programme?.id);
  const shown = ROUTES.filter((r) => {
    if (r.key === 'users') return access?.mayGlobally(MANAGE_USERS) ?? false;
    if (r.key === 'entry') return access !== undefined && entryTabs(access).length > 0;
    return true;
  });
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
            {shown.map((r) => (
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

function Frame({ route, empty }: { readonly route: RouteKey | undefined; readonly empty: boolean }) {
  const { t } = useTranslation();
  const Current = route === 'users' ? UsersPage : route && !empty ? PAGES[route] : undefined;
  return (
    <>
      {empty ? <TopBar /> : <ProgrammeTopBar dated={route !== 'users'} />}
      <main id="main" tabIndex={-1}>
        {Current ? (
          <Suspense fallback={<Loading />}>
            <Current />
          </Suspense>
        ) : empty ? (
          <Page title={t('empty.noProgrammeTitle')}>
            <div className="card"><Empty title={t('empty.noProgrammeTitle')}>{t('empty.noProgramme')}</Empty></div>
          </Page>
        ) : (
          <Page title={t('notFound.title')}>
            <div className="card"><Empty title={t('notFound.title')}>{t('notFound.body')}</Empty></div>
          </Page>
        )}
      </main>
    </>
  );
}

/** The top bar of a programme; `dated` adds the "Stand per" date, which pages about the programme's state need and account management does not. */
function ProgrammeTopBar({ dated }: { readonly dated: boolean }) {
  const { name } = useProgramme();
  return <TopBar programme={name}>{dated && <AsOfPicker />}</TopBar>;
}

function AsOfPicker() {
  const { t } = useTranslation();
  const { asOf, setAsOf } = useProgramme();
  const status = useStatus();
  const shown = asOf ?? (status.state.kind === 'ready' ? status.state.data.asOf : today());
  return (
    <>
      <DateField inline label={t('shell.asOf')} value={shown} onChange={(iso) => setAsOf(iso || undefined)} />
      {asOf && <button type="button" className="btn" onClick={() => setAsOf(undefined)}>{t('shell.backToToday')}</button>}
    </>
  );
}

function TopBar({ programme, children }: { readonly programme?: string; readonly children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="topbar">
      <div className="topbar-programme">
        {programme !== undefined && <><strong>{programme}</strong><span>{t('shell.programme')}</span></>}
      </div>
      <div className="topbar-tools">
        {children}
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
