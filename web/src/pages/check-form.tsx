import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionStatus } from '../../../src/steer/status-types.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { Field } from '../components/field.js';
import { rememberedName, rememberName, useSubmit } from '../forms/use-submit.js';

/** Records a manual check of a gate criterion, behind a disclosure to keep the table calm. */
export function CheckForm({ criterion, asOf }: { readonly criterion: CriterionStatus; readonly asOf: string }) {
  const { t } = useTranslation();
  const { id } = useProgramme();
  const submit = useSubmit();
  const [met, setMet] = useState(true);
  const [evidence, setEvidence] = useState('');
  const [touched, setTouched] = useState(false);
  const local = evidence.trim() ? undefined : t('milestones.check.evidenceRequired');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (local) return;
    const who = rememberedName();
    await submit.run((key) => request(routes.records(id, 'checks'), {
      method: 'POST', idempotencyKey: key,
      body: { criterion: criterion.criterion, date: asOf, met, evidence: evidence.trim(), recordedBy: who || undefined },
    }));
    rememberName(who);
  };
  return (
    <details className="check-form">
      <summary>{t('milestones.check.open')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <label className="row small"><input type="checkbox" checked={met} onChange={(e) => setMet(e.target.checked)} /> {t('milestones.check.met')}</label>
        <Field label={t('milestones.check.evidence')} error={(touched ? local : undefined) ?? submit.error?.fieldError('evidence')}>
          {(p) => <input {...p} className="input" value={evidence} onChange={(e) => setEvidence(e.target.value)} />}
        </Field>
        <WriteError error={submit.error?.errors.length ? undefined : submit.error} onReload={() => window.location.reload()} />
        <div className="row">
          <button type="submit" className="btn" disabled={submit.busy}>{t('milestones.check.submit')}</button>
          {submit.done && <span role="status" className="small">{t('milestones.form.saved')}</span>}
        </div>
      </form>
    </details>
  );
}
