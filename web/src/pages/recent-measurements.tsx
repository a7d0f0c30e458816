import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import type { Measurement } from '../../../src/model/records.js';
import { useRecords } from '../api/hooks.js';
import type { StoredRecord } from '../api/hooks.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useAccess } from '../app/access.js';
import { useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { Empty, Loaded } from '../components/states.js';
import { useFormat } from '../format/use-format.js';
import { parseLocaleNumber, unitRange } from '../forms/parse-number.js';
import { useSubmit } from '../forms/use-submit.js';

const SHOWN = 8;

/**
 * The latest measurements, each correctable in place. A correction is sent with the version it was
 * read at (If-Match), so a change someone else made meanwhile is never overwritten: the server
 * answers 412 and the row offers to load the latest version.
 */
export function RecentMeasurements({ model }: { readonly model: Programme }) {
  const { t } = useTranslation();
  const records = useRecords<Measurement>('measurements');
  return (
    <section className="stack" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('entry.recent')}</h2>
      <Loaded resource={records.state} reload={records.reload}>
        {(page) => {
          const latest = [...page.items].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).slice(0, SHOWN);
          if (latest.length === 0) return <Empty title={t('entry.noMeasurements')} />;
          return (
            <div className="table-wrap">
              <table className="table" data-testid="recent-measurements">
                <thead>
                  <tr>
                    <th scope="col">{t('entry.kpi')}</th>
                    <th scope="col">{t('entry.date')}</th>
                    <th scope="col" className="num">{t('entry.value')}</th>
                    <th scope="col">{t('entry.recordedBy')}</th>
                    <th scope="col"><span className="visually-hidden">{t('entry.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {latest.map((r) => <MeasurementRow key={r.id} stored={r} model={model} onReload={records.reload} />)}
                </tbody>
              </table>
            </div>
          );
        }}
      </Loaded>
    </section>
  );
}

function MeasurementRow({ stored, model, onReload }: { readonly stored: StoredRecord<Measurement>; readonly model: Programme; readonly onReload: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useProgramme();
  const submit = useSubmit();
  const [editing, setEditing] = useState(false);
  const mayCorrect = useAccess().mayAbout('measurements', { kpi: stored.record.kpi }, 'replace');
  const kpi = model.kpis.find((k) => k.id === stored.record.kpi);
  const [value, setValue] = useState(String(stored.record.value).replace('.', f.lang === 'nl' ? ',' : '.'));
  const parsed = parseLocaleNumber(value, f.lang);
  const range = kpi ? unitRange(kpi.unit) : undefined;
  const error = !parsed ? t('entry.valueNotNumber', { example: f.number(7.5) })
    : range?.min !== undefined && parsed.value < range.min ? t('entry.valueMin', { min: f.number(range.min) })
    : range?.max !== undefined && parsed.value > range.max ? t('entry.valueMax', { max: f.number(range.max) })
    : submit.error?.fieldError('value');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!parsed || error) return;
    const { kpi: kpiId, date, source, note, recordedBy } = stored.record;
    const ok = await submit.run(() => request(routes.record(id, 'measurements', stored.id), {
      method: 'PUT', ifMatch: `"r${stored.version}"`,
      body: { kpi: kpiId, date, value: parsed.value, source, note, recordedBy },
    }));
    if (ok) setEditing(false);
  };
  const label = t('entry.correctLabel', { kpi: kpi?.name ?? stored.record.kpi, date: f.date(stored.record.date) });
  return (
    <tr data-record={stored.id}>
      <td>{kpi?.name ?? stored.record.kpi}</td>
      <td>{f.date(stored.record.date)}</td>
      <td className="num">
        {editing ? (
          <form onSubmit={onSubmit} noValidate className="row" style={{ justifyContent: 'flex-end', gap: 'var(--space-2)' }}>
            <input className="input" style={{ width: '7em' }} inputMode="decimal" aria-label={label} aria-invalid={!!error}
              value={value} onChange={(e) => { setValue(e.target.value); submit.reset(); }} />
            <button type="submit" className="btn btn-primary" disabled={submit.busy}>{t('action.save')}</button>
            <button type="button" className="btn" onClick={() => { setEditing(false); submit.reset(); }}>{t('action.cancel')}</button>
            {error && <span className="field-error" style={{ flexBasis: '100%' }}>{error}</span>}
            {submit.error && !submit.error.errors.length && (
              <div style={{ flexBasis: '100%', textAlign: 'left' }}>
                <WriteError error={submit.error} onReload={() => { submit.reset(); setEditing(false); onReload(); }} />
              </div>
            )}
          </form>
        ) : kpi ? f.unitValue(stored.record.value, kpi.unit) : f.number(stored.record.value)}
      </td>
      <td>{stored.record.recordedBy ?? stored.createdBy}</td>
      <td>{!editing && mayCorrect && <button type="button" className="btn" aria-label={label} onClick={() => setEditing(true)}>{t('entry.correct')}</button>}</td>
    </tr>
  );
}
