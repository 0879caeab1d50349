import { documentNodeId } from '@policygraph/graph-types';
import { useState } from 'react';
import type { Evidence, NodeRef } from '../../../api/graph-api.types';
import { useI18n } from '../../../i18n/I18nContext';
import { markTerms } from './quote-marks';
import { useDocumentTitles } from './useDocumentTitles';
import { DocumentReader } from '../reader/DocumentReader';

/**
 * The source quotes of a fact: exact text with the names involved marked, its section path and document, and a
 * button opening the quote in its document. `task` is the goal or project the quotes belong to, when known.
 */
export function EvidenceList({ evidence, terms, task }: { evidence: readonly Evidence[]; terms: readonly string[]; task?: NodeRef | null }) {
  const { t } = useI18n();
  const titles = useDocumentTitles();
  const [reading, setReading] = useState<Evidence | null>(null);
  if (evidence.length === 0) return <p className="muted">{t('evidenceNone')}</p>;
  return (
    <>
      {reading && <DocumentReader evidence={reading} task={task} onClose={() => setReading(null)} />}
      <ol className="evidence-list" data-testid="evidence-list">
        {evidence.map((item, index) => {
          // Evidence documents are stored by id; the id is a Document node id without its prefix, or the node id itself.
          const title = titles.get(item.documentId) ?? titles.get(documentNodeId(item.documentId)) ?? item.documentId;
          return (
            <li key={`${item.documentId}:${item.start}:${index}`} className="evidence">
              <blockquote className="evidence-quote" data-testid="evidence-quote">
                {markTerms(item.quote, terms).map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
              </blockquote>
              {item.section.length > 0 && (
                <div className="evidence-section" data-testid="evidence-section">
                  {t('section')}: {item.section.join(' › ')}
                </div>
              )}
              <div className="evidence-document" data-testid="evidence-document">
                {t('document')}: {title} · {t('offsets', { start: item.start, end: item.end })}{' '}
                <button type="button" className="link-button" data-testid="evidence-read" onClick={() => setReading(item)}>
                  {t('readerOpen')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
