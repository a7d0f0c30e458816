import { useTranslation } from 'react-i18next';
import { useAccess } from '../app/access.js';

/**
 * Says why a page offers nothing to enter, naming the user's roles on the programme: shown instead
 * of a page whose forms are all hidden, so that it does not look broken or empty.
 */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  const { roles } = useAccess();
  const names = roles.map((r) => t(`role.${r}`));
  const list = names.length > 1 ? t('access.list', { head: names.slice(0, -1).join(', '), last: names.at(-1) }) : names[0];
  return (
    <div className="state" data-testid="read-only">
      <p>{list ? t('access.nothingToEnter', { roles: list, count: names.length }) : t('access.noRole')}</p>
    </div>
  );
}
