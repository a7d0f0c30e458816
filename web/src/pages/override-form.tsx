import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rag, SteeringParameterId } from '../../../src/model/programme.js';
import { useStatus } from '../api/hooks.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { today, useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { Field } from '../components/field.js';
import { RagBadge } from '../components/rag-badge.js';
import { rememberedName, rememberName, useSubmit } from '../forms/use-submit.js';

const PARAMETERS: readonly SteeringParameterId[] = ['doeltreffendheid', 'tempo', 'haalbaarheid', 'wendbaarheid', 'efficientie'];
const RAGS: readonly Rag[] = ['groen', 'geel', 'rood'];

/** A human judgement over a stuurparameter; the rationale is mandatory and the derived value stays visible. */
export function OverrideForm() {
  const { t } = useTranslation();
  const { id } = useProgramme();
  const status = useStatus();
  const submit = useSubmit();
  const [parameter, setParameter] = useState<SteeringParameterId | ''>('');
  const [rag, setRag] = useState<Rag | ''>('');
  const [rationale, setRationale] = useState('');
  const [recordedBy, setRecordedBy] = useState(rememberedName);
  const [date, setDate] = useState(today());
  const [touched, setTouched] = useState(false);
  const current = status.state.kind === 'ready' ? status.state.data.steering.find((s) => s.parameter === parameter) : undefined;
  const local = {
    parameter: touched && !parameter ? t('entry.parameterRequired') : undefined,
    rag: touched && !rag ? t('entry.ragRequired') : undefined,
    rationale: touched && rationale.trim().length < 10 ? t('entry.rationaleRequired') : undefined,
    recordedBy: touched && !recordedBy.trim() ? t('entry.recordedByRequired') : undefined,
  };
  const err = (field: keyof typeof local | 'date') => (field in local ? local[field as keyof typeof local] : undefined) ?? submit.error?.fieldError(field);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!parameter || !rag || rationale.trim().length < 10 || !recordedBy.trim()) return;
    rememberName(recordedBy);
    const ok = await submit.run((key) => request(routes.records(id, 'overrides'), {
      method: 'POST', idempotencyKey: key,
      body: { parameter, date, rag, rationale: rationale.trim(), recordedBy: recordedBy.trim() },
    }));
    if (ok) { setRationale(''); setTouched(false); }
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('entry.tab_override')}>
      <p className="muted small">{t('entry.overrideIntro')}</p>
      <div className="form-row">
        <Field label={t('entry.parameter')} error={err('parameter')}>
          {(p) => (
            <select {...p} className="input" value={parameter} onChange={(e) => setParameter(e.target.value as SteeringParameterId)}>
              <option value="">{t('entry.chooseParameter')}</option>
              {PARAMETERS.map((x) => <option key={x} value={x}>{t(`parameter.${x}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('entry.date')} error={err('date')}>
          {(p) => <input {...p} className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
      </div>
      {current && (
        <p className="small">
          {t('entry.derivedNow')}: {current.derived.kind === 'derived' ? <RagBadge rag={current.derived.rag} /> : t('steering.manual')}
          {current.override && <> · {t('entry.overrideNow')}: <RagBadge rag={current.override.rag} /></>}
        </p>
      )}
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
