import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useAccess } from '../app/access.js';
import { today, useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { DateField } from '../components/date-field.js';
import { Field } from '../components/field.js';
import { DomainOptions } from '../components/domain-options.js';
import { useFormat } from '../format/use-format.js';
import { parseLocaleNumber, unitRange } from '../forms/parse-number.js';
import { rememberedName, rememberName, useSubmit } from '../forms/use-submit.js';

/** A measurement for one KPI; the value field knows the KPI's unit and checks it as you type. */
export function MeasurementForm({ model }: { readonly model: Programme }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useProgramme();
  const submit = useSubmit();
  const [kpiId, setKpiId] = useState('');
  const [date, setDate] = useState(today());
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [recordedBy, setRecordedBy] = useState(rememberedName);
  const [touched, setTouched] = useState(false);
  const access = useAccess();
  // A baateigenaar may measure only the KPIs of their own benefits; the server refuses the others.
  const kpis = model.kpis.filter((k) => access.mayAbout('measurements', { kpi: k.id }));
  const kpi = kpis.find((k) => k.id === kpiId);
  const parsed = parseLocaleNumber(value, f.lang);
  const valueError = (() => {
    if (!value.trim()) return touched ? t('entry.valueRequired') : undefined;
    if (!parsed) return t('entry.valueNotNumber', { example: f.number(7.5) });
    if (!kpi) return undefined;
    const range = unitRange(kpi.unit);
    if (parsed.percent && !range.percent) return t('entry.valueNoPercent', { unit: f.unitSuffix(kpi.unit) });
    if (range.min !== undefined && parsed.value < range.min) return t('entry.valueMin', { min: f.number(range.min) });
    if (range.max !== undefined && parsed.value > range.max) return t('entry.valueMax', { max: f.number(range.max) });
    return undefined;
  })();
  const local = {
    kpi: kpiId ? undefined : touched ? t('entry.kpiRequired') : undefined,
    date: date ? (date < model.startDate ? t('entry.dateBeforeStart', { date: f.date(model.startDate) }) : undefined) : touched ? t('entry.dateRequired') : undefined,
    value: valueError,
  };
  const err = (field: keyof typeof local | 'source' | 'note' | 'recordedBy') =>
    (field in local ? local[field as keyof typeof local] : undefined) ?? submit.error?.fieldError(field);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!kpiId || !date || !parsed || Object.values(local).some(Boolean)) return;
    rememberName(recordedBy);
    const ok = await submit.run((key) => request(routes.records(id, 'measurements'), {
      method: 'POST', idempotencyKey: key,
      body: { kpi: kpiId, date, value: parsed.value, source: source.trim() || undefined, note: note.trim() || undefined, recordedBy: recordedBy.trim() || undefined },
    }));
    if (ok) { setValue(''); setNote(''); setTouched(false); }
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('entry.tab_measurement')}>
      <p className="muted small">{t('entry.measurementIntro')}</p>
      {access.may('measurements') === 'owned' && <p className="small" data-testid="owned-only">{kpis.length ? t('access.ownKpisOnly') : t('access.noOwnKpis')}</p>}
      <div className="form-row">
        <Field label={t('entry.kpi')} error={err('kpi')}>
          {(p) => (
            <select {...p} className="input" value={kpiId} onChange={(e) => { setKpiId(e.target.value); submit.reset(); }}>
              <option value="">{t('entry.chooseKpi')}</option>
              <DomainOptions domains={model.domains} items={kpis} label={(k) => k.name} />
            </select>
          )}
        </Field>
        <DateField label={t('entry.date')} value={date} onChange={setDate} error={err('date')} />
        <Field label={t('entry.value')} error={err('value')}
          hint={kpi ? t('entry.valueHint', { unit: f.unitSuffix(kpi.unit), example: f.unitValue(kpi.goal.value, kpi.unit) }) : t('entry.valueHintNoKpi')}>
          {(p) => (
            <div className="input-unit">
              <input {...p} className="input" inputMode="decimal" value={value} onChange={(e) => { setValue(e.target.value); submit.reset(); }} />
              <span aria-hidden="true">{kpi ? f.unitSuffix(kpi.unit) || '#' : '—'}</span>
            </div>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('entry.source')} error={err('source')} hint={kpi?.source ? t('entry.sourceHint', { source: kpi.source }) : undefined}>
          {(p) => <input {...p} className="input" value={source} onChange={(e) => setSource(e.target.value)} />}
        </Field>
        <Field label={t('entry.recordedBy')} error={err('recordedBy')}>
          {(p) => <input {...p} className="input" value={recordedBy} onChange={(e) => setRecordedBy(e.target.value)} autoComplete="name" />}
        </Field>
      </div>
      <Field label={t('entry.note')} error={err('note')}>
        {(p) => <input {...p} className="input" value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <WriteError error={submit.error?.errors.length ? undefined : submit.error} onReload={() => window.location.reload()} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>{t('entry.saveMeasurement')}</button>
        {submit.done && <span role="status" className="small">{t('entry.saved')}</span>}
      </div>
    </form>
  );
}
