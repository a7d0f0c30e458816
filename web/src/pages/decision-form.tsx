import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOutcome } from '../../../src/model/records.js';
import type { GateStatus } from '../../../src/steer/status-types.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { DateField } from '../components/date-field.js';
import { Field } from '../components/field.js';
import { rememberedName, rememberName, useSubmit } from '../forms/use-submit.js';

const OUTCOMES: readonly DecisionOutcome[] = ['go', 'go-met-voorwaarden', 'no-go', 'aangehouden'];

/** Records the stuurgroep's decision at a go/no-go moment. */
export function DecisionForm({ gate, asOf, onCancel }: { readonly gate: GateStatus; readonly asOf: string; readonly onCancel?: () => void }) {
  const { t } = useTranslation();
  const { id } = useProgramme();
  const submit = useSubmit();
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>('');
  const [date, setDate] = useState(asOf < gate.date ? asOf : gate.date);
  const [conditions, setConditions] = useState('');
  const [decidedBy, setDecidedBy] = useState(rememberedName);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Opened on request: focus moves into the form.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const local = {
    outcome: outcome ? undefined : t('milestones.form.outcomeRequired'),
    conditions: outcome === 'go-met-voorwaarden' && !conditions.trim() ? t('milestones.form.conditionsRequired') : undefined,
    decidedBy: decidedBy.trim() ? undefined : t('milestones.form.decidedByRequired'),
    date: date ? undefined : t('entry.dateRequired'),
  };
  const err = (field: keyof typeof local) => (touched ? local[field] : undefined) ?? submit.error?.fieldError(field);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(local).some(Boolean)) return;
    rememberName(decidedBy);
    await submit.run((key) => request(routes.records(id, 'decisions'), {
      method: 'POST',
      idempotencyKey: key,
      body: { milestone: gate.milestone, date, outcome, conditions: conditions.trim() || undefined, decidedBy: decidedBy.trim(), note: note.trim() || undefined },
    }));
  };
  return (
    <form className="form decision-form" onSubmit={onSubmit} noValidate aria-labelledby={`decide-${gate.milestone}`} ref={form}>
      <h3 id={`decide-${gate.milestone}`}>{t('milestones.form.title')}</h3>
      <fieldset className="field">
        <legend>{t('milestones.form.outcome')}</legend>
        <div className="choices" aria-describedby={err('outcome') ? `outcome-${gate.milestone}-error` : undefined}>
          {OUTCOMES.map((o) => (
            <label key={o} className="choice">
              <input type="radio" name={`outcome-${gate.milestone}`} value={o} checked={outcome === o} onChange={() => { setOutcome(o); submit.reset(); }} />
              {t(`outcome.${o}`)}
            </label>
          ))}
        </div>
        {err('outcome') && <span id={`outcome-${gate.milestone}-error`} className="field-error">{err('outcome')}</span>}
      </fieldset>
      <div className="form-row">
        <DateField label={t('milestones.form.date')} value={date} onChange={setDate} error={err('date')} />
        <Field label={t('milestones.form.decidedBy')} error={err('decidedBy')} hint={t('milestones.form.decidedByHint')}>
          {(p) => <input {...p} className="input" value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} autoComplete="name" />}
        </Field>
      </div>
      {(outcome === 'go-met-voorwaarden' || outcome === 'aangehouden' || outcome === 'no-go') && (
        <Field label={outcome === 'go-met-voorwaarden' ? t('milestones.form.conditions') : t('milestones.form.conditionsOptional')} error={err('conditions')}>
          {(p) => <textarea {...p} className="input" value={conditions} onChange={(e) => setConditions(e.target.value)} />}
        </Field>
      )}
      <Field label={t('milestones.form.note')} error={submit.error?.fieldError('note')}>
        {(p) => <input {...p} className="input" value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <WriteError error={submit.error?.errors.length ? undefined : submit.error} onReload={() => window.location.reload()} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>{t('milestones.form.submit')}</button>
        {onCancel && <button type="button" className="btn" onClick={onCancel}>{t('action.cancel')}</button>}
        {submit.done && <span role="status" className="small">{t('milestones.form.saved')}</span>}
      </div>
    </form>
  );
}
