import { useTranslation } from 'react-i18next';
import { useStatus } from '../api/hooks.js';
import { routes } from '../api/routes.js';
import { useResource } from '../api/use-resource.js';
import { useProgramme } from '../app/programme-context.js';
import { linkHandler } from '../app/router.js';
import { Card, Page } from '../components/page.js';
import { Loading } from '../components/states.js';
import { useFormat } from '../format/use-format.js';
import { downloadCsv } from './kpi-csv.js';

/** A document the server renders, with a link per format. */
interface ServerDocument {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly formats: readonly { readonly format: string; readonly href: string }[];
}

/** Rapporten: the programme's documents to download. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { id, asOf } = useProgramme();
  const status = useStatus();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const docs = useResource<{ readonly items: readonly ServerDocument[] }>(`${routes.documents(id)}?lang=${lang}`);
  const withDate = (href: string) => {
    const url = new URL(href, window.location.origin);
    if (asOf) url.searchParams.set('asOf', asOf);
    url.searchParams.set('lang', lang);
    return `${url.pathname}${url.search}`;
  };
  return (
    <Page title={t('reports.title')} intro={t('reports.intro')}>
      <Card title={t('reports.documents')}>
        {docs.state.kind === 'loading' ? <Loading /> : docs.state.kind === 'ready' && docs.state.data.items.length > 0 ? (
          <ul className="list">
            {docs.state.data.items.map((d) => (
              <li key={d.id} className="row" style={{ alignItems: 'flex-start' }}>
                <div className="stack" style={{ gap: 2, flex: 1, minWidth: 240 }}>
                  <strong>{d.title}</strong>
                  {d.description && <span className="small muted">{d.description}</span>}
                </div>
                <div className="row">
                  {d.formats.map((x) => (
                    <a key={x.format} className="btn" href={withDate(x.href)} download>{x.format.toUpperCase()}</a>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <div className="notice">
            <div>
              <strong>{t('reports.cliTitle')}</strong>
              <span>{t('reports.cliBody')}</span>
              <code className="cli">npx koers docs examples/klant-in-beeld/programme.yaml --out docs --format md,pdf,ics</code>
            </div>
          </div>
        )}
      </Card>
      <Card title={t('reports.data')}>
        <ul className="list">
          <li className="row">
            <div className="stack" style={{ gap: 2, flex: 1, minWidth: 240 }}>
              <strong>{t('reports.yaml')}</strong>
              <span className="small muted">{t('reports.yamlBody')}</span>
            </div>
            <a className="btn" href={routes.exportYaml(id)} download>YAML</a>
          </li>
          <li className="row">
            <div className="stack" style={{ gap: 2, flex: 1, minWidth: 240 }}>
              <strong>{t('reports.kpiCsv')}</strong>
              <span className="small muted">{status.state.kind === 'ready' ? t('reports.kpiCsvBody', { date: f.longDate(status.state.data.asOf) }) : t('state.loading')}</span>
            </div>
            <button type="button" className="btn" disabled={status.state.kind !== 'ready'}
              onClick={() => status.state.kind === 'ready' && downloadCsv(status.state.data, f, t)}>CSV</button>
          </li>
          <li className="row">
            <div className="stack" style={{ gap: 2, flex: 1, minWidth: 240 }}>
              <strong>{t('reports.print')}</strong>
              <span className="small muted">{t('reports.printBody')}</span>
            </div>
            <a className="btn" href="/" onClick={linkHandler('/')}>{t('nav.overview')}</a>
          </li>
        </ul>
      </Card>
    </Page>
  );
}
