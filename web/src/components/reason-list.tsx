import { useTranslation } from 'react-i18next';
import type { Reason } from '../../../src/steer/status-types.js';
import { reasonSentence } from '../i18n/reason-sentence.js';
import type { Language } from '../i18n/i18n.js';

/** The reasons behind a derived value, as sentences. */
export function ReasonList({ reasons }: { readonly reasons: readonly Reason[] }) {
  const { i18n } = useTranslation();
  if (reasons.length === 0) return null;
  const lang: Language = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <ul className="tile-reason" style={{ margin: 0, paddingLeft: '1.1em' }}>
      {reasons.map((r, i) => <li key={`${r.code}-${i}`}>{reasonSentence(r, lang)}</li>)}
    </ul>
  );
}
