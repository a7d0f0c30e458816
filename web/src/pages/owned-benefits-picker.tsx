import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import { routes } from '../api/routes.js';
import { useResource } from '../api/use-resource.js';
import { Loaded } from '../components/states.js';
import { EVERY_PROGRAMME } from './users-api.js';

interface Scope {
  readonly benefits: readonly string[];
  readonly ownerRoles: readonly string[];
}

const toggle = (list: readonly string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
const splitList = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * What a baateigenaar owns on a programme: benefits by id, and every benefit of an owner role in the
 * plan (which follows the plan when a new version moves a benefit). On every programme (`*`) there
 * is no one plan to choose from, so the ids are typed.
 */
export function OwnedBenefitsPicker({ programme, benefits, ownerRoles, onChange }: Scope & {
  readonly programme: string;
  readonly onChange: (scope: Scope) => void;
}) {
  const { t } = useTranslation();
  if (programme === EVERY_PROGRAMME) {
    return (
      <div className="form-row">
        <label className="field">
          <span className="field-label">{t('users.owned.benefitIds')}</span>
          <input className="input" defaultValue={benefits.join(', ')} onBlur={(e) => onChange({ benefits: splitList(e.target.value), ownerRoles })} />
          <span className="field-hint">{t('users.owned.idsHint')}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('users.owned.ownerRoleIds')}</span>
          <input className="input" defaultValue={ownerRoles.join(', ')} onBlur={(e) => onChange({ benefits, ownerRoles: splitList(e.target.value) })} />
          <span className="field-hint">{t('users.owned.idsHint')}</span>
        </label>
      </div>
    );
  }
  return <PlanChoices programme={programme} benefits={benefits} ownerRoles={ownerRoles} onChange={onChange} />;
}

function PlanChoices({ programme, benefits, ownerRoles, onChange }: Scope & { readonly programme: string; readonly onChange: (scope: Scope) => void }) {
  const { t } = useTranslation();
  const plan = useResource<{ readonly plan: Programme }>(routes.programme(programme));
  return (
    <Loaded resource={plan.state} reload={plan.reload}>
      {({ plan: p }) => {
        const owners = p.roles.filter((r) => p.benefits.some((b) => b.owner === r.id));
        return (
          <div className="form-row owned-picker">
            <fieldset className="field">
              <legend>{t('users.owned.benefits')}</legend>
              <div className="choices">
                {p.benefits.map((b) => (
                  <label key={b.id} className="choice">
                    <input type="checkbox" checked={benefits.includes(b.id)} onChange={(e) => onChange({ benefits: toggle(benefits, b.id, e.target.checked), ownerRoles })} />
                    {b.id} · {b.name}
                  </label>
                ))}
              </div>
            </fieldset>
            {owners.length > 0 && (
              <fieldset className="field">
                <legend>{t('users.owned.ownerRoles')}</legend>
                <div className="choices">
                  {owners.map((r) => (
                    <label key={r.id} className="choice">
                      <input type="checkbox" checked={ownerRoles.includes(r.id)} onChange={(e) => onChange({ benefits, ownerRoles: toggle(ownerRoles, r.id, e.target.checked) })} />
                      {t('users.owned.ofRole', { role: r.name, benefits: p.benefits.filter((b) => b.owner === r.id).map((b) => b.id).join(', ') })}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
          </div>
        );
      }}
    </Loaded>
  );
}
