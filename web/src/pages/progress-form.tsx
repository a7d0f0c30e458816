import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { today, useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { DateField } from '../components/date-field.js';
import { Field } from '../components/field.js';
import { DomainOptions } from '../components/domain-options.js';
import { useFormat } from '../format/use-format.js';
import { parseLocaleNumber } from '../forms/parse-number.js';
import { rememberedName, rememberName, useSubmit } from '../forms/use-submit.js';

/** Progress of an effort: percentage complete and the actual start and end. */
export function ProgressForm({ model }: { readonly model: Programme }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useProgramme();
  const submit = useSubmit();
  const [effort, setEffort] = useState('');
  const [date, setDate] = useState(today());
  const [percent, setPercent] = useState('');
  const [actualStart, setActualStart] = useState('');
  const [actualEnd, setActualEnd] = useState('');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const parsed = parseLocaleNumber(percent, f.lang);
  const local = {
    effort: effort ? undefined : touched ? t('entry.effortRequired') : undefined,
    date: date ? undefined : touched ? t('entry.dateRequired') : undefined,
    percentComplete: !percent.trim() ? (touched ? t('entry.valueRequired') : undefined)
      : !parsed || parsed.value < 0 || parsed.value > 100 ? t('entry.percentRange')
      : actualEnd && parsed.value !== 100 ? t('entry.percentWithEnd') : undefined,
    actualStart: actualStart && date && actualStart > date ? t('entry.startAfterDate') : undefined,
    actualEnd: actualEnd && date && actualEnd > date ? t('entry.endAfterDate') : actualEnd && actualStart && actualEnd < actualStart ? t('entry.endBeforeStart') : undefined,
  };
  const err = (field: keyof typeof local | 'note') => (field in local ? local[field as keyof typeof local] : undefined) ?? submit.error?.fieldError(field);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!effort || !parsed || Object.values(local).some(Boolean)) return;
    const who = rememberedName();
    const ok = await submit.run((key) => request(routes.records(id, 'progress'), {
      method: 'POST', idempotencyKey: key,
      body: { effort, date, percentComplete: parsed.value, actualStart: actualStart || undefined, actualEnd: actualEnd || undefined, note: note.trim() || undefined, recordedBy: who || undefined },
    }));
    if (ok) { rememberName(who); setTouched(false); }
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('entry.tab_progress')}>
      <p className="muted small">{t('entry.progressIntro')}</p>
      <div className="form-row">
        <Field label={t('entry.effort')} error={err('effort')}>
          {(p) => (
            <select {...p} className="input" value={effort} onChange={(e) => { setEffort(e.target.value); submit.reset(); }}>
              <option value="">{t('entry.chooseEffort')}</option>
              <DomainOptions domains={model.domains} items={model.efforts} label={(x) => `${x.id} · ${x.name}`} />
            </select>
          )}
        </Field>
        <DateField label={t('entry.date')} value={date} onChange={setDate} error={err('date')} />
        <Field label={t('entry.percent')} error={err('percentComplete')}>
          {(p) => (
            <div className="input-unit">
              <input {...p} className="input" inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} />
              <span aria-hidden="true">%</span>
            </div>
          )}
        </Field>
      </div>
      <div className="form-row">
        <DateField label={t('entry.actualStart')} value={actualStart} onChange={setActualStart} error={err('actualStart')} />
        <DateField label={t('entry.actualEnd')} value={actualEnd} onChange={setActualEnd} error={err('actualEnd')} />
      </div>
      <Field label={t('entry.note')} error={err('note')}>
        {(p) => <input {...p} className="input" value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <WriteError error={submit.error?.errors.length ? undefined : submit.error} onReload={() => window.location.reload()} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>{t('entry.saveProgress')}</button>
        {submit.done && <span role="status" className="small">{t('entry.saved')}</span>}
      </div>
    </form>
  );
}
