import { documentNodeId } from '@policygraph/graph-types';
import type { Evidence } from '../../../api/graph-api.types';
import { useI18n } from '../../../i18n/I18nContext';
import { markTerms } from './quote-marks';
import { useDocumentTitles } from './useDocumentTitles';

/** The source quotes of a fact: exact text with the names involved marked, its section path and document. */
export function EvidenceList({ evidence, terms }: { evidence: readonly Evidence[]; terms: readonly string[] }) {
  const { t } = useI18n();
  const titles = useDocumentTitles();
  if (evidence.length === 0) return <p className="muted">{t('evidenceNone')}</p>;
  return (
    <ol className="evidence-list" data-testid="evidence-list">
      {evidence.map((item, index) => {
        // Evidence documents are stored by id; the id is a Document node id without its prefix, or the node id itself.
        const title = titles.get(item.documentId) ?? titles.get(documentNodeId(item.documentId)) ?? item.documentId;
        return (
          <li key={`${item.documentId}:${item.start}:${index}`} className="evidence">
            <blockquote className="evidence-quote" data-testid="evidence-quote">
              {markTerms(item.quote, terms).map((segment, i) =>
                segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
              )}
            </blockquote>
            {item.section.length > 0 && (
              <div className="evidence-section" data-testid="evidence-section">
                {t('section')}: {item.section.join(' › ')}
              </div>
            )}
            <div className="evidence-document" data-testid="evidence-document">
              {t('document')}: {title} · {t('offsets', { start: item.start, end: item.end })}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
