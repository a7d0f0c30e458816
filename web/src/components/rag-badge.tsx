import { useTranslation } from 'react-i18next';
import type { StatusRag } from '../../../src/steer/status-types.js';

/** A RAG status as a coloured pill that always carries its word, so colour is never the only cue. */
export function RagBadge({ rag, label }: { readonly rag: StatusRag | undefined; readonly label?: string }) {
  const { t } = useTranslation();
  const value = rag ?? 'grijs';
  return (
    <span className={`rag rag-${value}`} data-rag={value}>
      {label ?? t(`rag.${value}`)}
    </span>
  );
}
