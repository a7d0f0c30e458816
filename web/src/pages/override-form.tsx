import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rag, SteeringParameterId } from '../../../src/model/programme.js';
import type { OverrideSubject } from '../../../src/model/records.js';
import type { KpiStatus, ProgrammeStatus } from '../../../src/steer/status-types.js';
import { useStatus } from '../api/hooks.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useAccess } from '../app/access.js';
import { today, useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { DateField } from '../components/date-field.js';
import { Field } from '../components/field.js';
import { RagBadge } from '../components/rag-badge.js';
import { rememberedName, rememberName, useSubmit } from '../forms/use-submit.js';

const PARAMETERS: readonly SteeringParameterId[] = ['doeltreffendheid', 'tempo', 'haalbaarheid', 'wendbaarheid', 'efficientie'];
const RAGS: readonly Rag[] = ['groen', 'geel', 'rood'];

/** The select's value for a subject: `parameter:tempo`, `kpi:getraind`. */
const keyOf = (s: OverrideSubject) => (s.kind === 'kpi' ? `kpi:${s.kpi}` : `parameter:${s.parameter}`);

function subjectOf(key: string): OverrideSubject | undefined {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'kpi' && id) return { kind: 'kpi', kpi: id };
  if (kind === 'parameter' && (PARAMETERS as readonly string[]).includes(id)) return { kind: 'parameter', parameter: id as SteeringParameterId };
  return undefined;
}

/**
 * A human judgement over a stuurparameter or a KPI's RAG; the rationale is mandatory and the derived
 * value stays visible. A baateigenaar (scope `owned`) is offered only the KPIs of their own benefits,
 * as the server tells in the session; the server refuses anything else all the same.
 */
export function OverrideForm() {
  const { t } = useTranslation();
  const { id } = useProgramme();
  const access = useAccess();
  const status = useStatus();
  const submit = useSubmit();
  const [subjectKey, setSubjectKey] = useState('');
  const [rag, setRag] = useState<Rag | ''>('');
  const [rationale, setRationale] = useState('');
  const [recordedBy, setRecordedBy] = useState(rememberedName);
  const [date, setDate] = useState(today());
  const [touched, setTouched] = useState(false);
  const ownedOnly = access.may('overrides') === 'owned';
  const ready = status.state.kind === 'ready' ? status.state.data : undefined;
  const kpis = (ready?.kpis ?? []).filter((k) => !ownedOnly || (access.owned?.kpis.includes(k.kpi) ?? false));
  const subject = subjectOf(subjectKey);
  const local = {
    subject: touched && !subject ? t('entry.subjectRequired') : undefined,
    rag: touched && !rag ? t('entry.ragRequired') : undefined,
    rationale: touched && rationale.trim().length < 10 ? t('entry.rationaleRequired') : undefined,
    recordedBy: touched && !recordedBy.trim() ? t('entry.recordedByRequired') : undefined,
  };
  const err = (field: keyof typeof local | 'date') => (field in local ? local[field as keyof typeof local] : undefined) ?? submit.error?.fieldError(field);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!subject || !rag || rationale.trim().length < 10 || !recordedBy.trim()) return;
    rememberName(recordedBy);
    const ok = await submit.run((key) => request(routes.records(id, 'overrides'), {
      method: 'POST', idempotencyKey: key,
      body: { subject, date, rag, rationale: rationale.trim(), recordedBy: recordedBy.trim() },
    }));
    if (ok) { setRationale(''); setTouched(false); }
  };
  if (ownedOnly && ready && kpis.length === 0) return <p className="muted">{t('entry.noOwnedKpis')}</p>;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('entry.tab_override')}>
      <p className="muted small">{t(ownedOnly ? 'entry.overrideIntroOwner' : 'entry.overrideIntro')}</p>
      <div className="form-row">
        <Field label={t('entry.subject')} error={err('subject')}>
          {(p) => (
            <select {...p} className="input" value={subjectKey} onChange={(e) => { setSubjectKey(e.target.value); submit.reset(); }}>
              <option value="">{t(ownedOnly ? 'entry.chooseKpiSubject' : 'entry.chooseSubject')}</option>
              {!ownedOnly && (
                <optgroup label={t('entry.subjectParameters')}>
                  {PARAMETERS.map((x) => <option key={x} value={keyOf({ kind: 'parameter', parameter: x })}>{t(`parameter.${x}`)}</option>)}
                </optgroup>
              )}
              <optgroup label={t(ownedOnly ? 'entry.subjectOwnedKpis' : 'entry.subjectKpis')}>
                {kpis.map((k) => <option key={k.kpi} value={keyOf({ kind: 'kpi', kpi: k.kpi })}>{k.name}</option>)}
              </optgroup>
            </select>
          )}
        </Field>
        <DateField label={t('entry.date')} value={date} onChange={setDate} error={err('date')} />
      </div>
      {ready && subject && <Current status={ready} subject={subject} />}
      <fieldset className="field">
        <legend>{t('entry.rag')}</legend>
        <div className="choices">
          {RAGS.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="override-rag" value={r} checked={rag === r} onChange={() => setRag(r)} />
              {t(`rag.${r}`)}
            </label>
          ))}
        </div>
        {err('rag') && <span className="field-error">{err('rag')}</span>}
      </fieldset>
      <Field label={t('entry.rationale')} error={err('rationale')} hint={t('entry.rationaleHint')}>
        {(p) => <textarea {...p} className="input" value={rationale} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <Field label={t('entry.recordedBy')} error={err('recordedBy')}>
        {(p) => <input {...p} className="input" value={recordedBy} onChange={(e) => setRecordedBy(e.target.value)} autoComplete="name" />}
      </Field>
      <WriteError error={submit.error?.errors.length ? undefined : submit.error} onReload={() => window.location.reload()} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>{t('entry.saveOverride')}</button>
        {submit.done && <span role="status" className="small">{t('entry.saved')}</span>}
      </div>
    </form>
  );
}

/** The chosen subject's derived value and the judgement in force, so that the new one is given knowingly. */
function Current({ status, subject }: { readonly status: ProgrammeStatus; readonly subject: OverrideSubject }) {
  const { t } = useTranslation();
  let derived: KpiStatus['derived']['rag'] | 'manual' | undefined;
  let override: { readonly rag: Rag } | undefined;
  if (subject.kind === 'kpi') {
    const k = status.kpis.find((x) => x.kpi === subject.kpi);
    derived = k?.derived.rag;
    override = k?.override;
  } else {
    const s = status.steering.find((x) => x.parameter === subject.parameter);
    derived = s === undefined ? undefined : s.derived.kind === 'derived' ? s.derived.rag : 'manual';
    override = s?.override;
  }
  if (derived === undefined) return null;
  return (
    <p className="small" data-testid="override-current">
      {t('entry.derivedNow')}: {derived === 'manual' ? t('steering.manual') : <RagBadge rag={derived} />}
      {override && <> · {t('entry.overrideNow')}: <RagBadge rag={override.rag} /></>}
    </p>
  );
}
