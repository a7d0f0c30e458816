import { useTranslation } from 'react-i18next';
import type { Escalation } from '../../../src/steer/status-types.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useAccess } from '../app/access.js';
import { useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { useSubmit } from '../forms/use-submit.js';

/**
 * Records that the stuurgroep has seen an open escalation, dated on the date in view; the server
 * records who. Shown only to users who may record acknowledgements.
 */
export function AcknowledgeButton({ escalation, asOf }: { readonly escalation: Escalation; readonly asOf: string }) {
  const { t } = useTranslation();
  const { id } = useProgramme();
  const submit = useSubmit();
  if (!useAccess().may('acknowledgements')) return null;
  const subject = escalation.subjectName ? `${escalation.subject} · ${escalation.subjectName}` : escalation.subject;
  const onClick = () => void submit.run((key) => request(routes.records(id, 'acknowledgements'), {
    method: 'POST', idempotencyKey: key, body: { rule: escalation.rule, subject: escalation.subject, date: asOf },
  }));
  return (
    <div className="stack no-print" style={{ gap: 'var(--space-1)' }}>
      <span>
        <button type="button" className="btn" disabled={submit.busy} aria-label={t('escalation.acknowledgeLabel', { subject })} onClick={onClick}>
          {t('escalation.acknowledge')}
        </button>
      </span>
      <WriteError error={submit.error} onReload={() => window.location.reload()} />
    </div>
  );
}
