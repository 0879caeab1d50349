import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fetchDocumentPassage, fetchNode } from '../../../api/graph-api';
import type { Evidence, NodeRef } from '../../../api/graph-api.types';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useAsync } from '../../../app/useAsync';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { labelStyle } from '../graph-view/label-styles';
import { factsInView, grownWindow, initialWindow, passageSegments, taskOfQuote } from './passage-view';

/**
 * A piece of evidence in its document: the text around the quote, scrolled to it and marked, with the section path and
 * the task (goal or project) the quote belongs to; every fact read from the text in view links to its node.
 * `task` is the task when the caller knows it (a RESPONSIBLE edge starts at its task).
 */
export function DocumentReader({ evidence, task, onClose }: { readonly evidence: Evidence; readonly task?: NodeRef | null; readonly onClose: () => void }) {
  const { t, labelName } = useI18n();
  const { actions } = useExplorer();
  const [window, setWindow] = useState(() => initialWindow(evidence));
  const passage = useAsync(() => fetchDocumentPassage(evidence.documentId, window.start, window.end), [evidence.documentId, window.start, window.end]);
  const quoteRef = useRef<HTMLElement | null>(null);
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const scrolled = useRef(false);

  useEffect(() => closeRef.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  // Once, when the text first arrives: later "earlier / later" loads keep the reader where the user is.
  useLayoutEffect(() => {
    if (!passage.data || scrolled.current || !quoteRef.current) return;
    quoteRef.current.scrollIntoView({ block: 'center' });
    scrolled.current = true;
  }, [passage.data]);

  async function openFact(id: string): Promise<void> {
    onClose();
    const node = await fetchNode(id);
    await actions.addNode(node);
  }

  const data = passage.data;
  const facts = data ? factsInView(data.facts) : [];
  const ownTask = task ?? (data ? taskOfQuote(data.facts, evidence) : null);
  const segments = data ? passageSegments(data, evidence) : [];
  let quoteMarked = false;
  return (
    <div className="reader-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby="reader-title" className="reader" data-testid="document-reader">
        <header className="reader-header">
          <h2 id="reader-title" data-testid="reader-title">
            {data?.title ?? evidence.documentId}
          </h2>
          <button type="button" ref={closeRef} onClick={onClose} aria-label={t('readerClose')} data-testid="reader-close">
            ×
          </button>
        </header>
        {evidence.section.length > 0 && (
          <div className="evidence-section" data-testid="reader-section">
            {t('section')}: {evidence.section.join(' › ')}
          </div>
        )}
        <div className="reader-task" data-testid="reader-task">
          {t('readerTask')}:{' '}
          {ownTask ? (
            <button type="button" className="link-button" data-id={ownTask.id} onClick={() => void openFact(ownTask.id)}>
              {ownTask.name}
            </button>
          ) : (
            data && <span className="muted">{t('readerNoTask')}</span>
          )}
        </div>
        {passage.error && <ErrorMessage error={passage.error} onRetry={passage.reload} />}
        {!data && passage.loading && <p className="muted">{t('readerLoading')}</p>}
        {data && (
          <div className="reader-body">
            <div className="reader-text-column">
              {data.start > 0 && (
                <button type="button" onClick={() => setWindow(grownWindow(data, 'before', data.length))} disabled={passage.loading}>
                  {t('readerEarlier')}
                </button>
              )}
              <div className="reader-text" data-testid="reader-text" tabIndex={0} role="region" aria-label={t('readerText')}>
                {segments.map((segment, index) => {
                  const className = segment.fact ? 'reader-fact' : undefined;
                  if (!segment.quote)
                    return (
                      <span key={index} className={className}>
                        {segment.text}
                      </span>
                    );
                  const first = !quoteMarked;
                  quoteMarked = true;
                  return (
                    <mark key={index} className={className} data-testid="reader-quote" ref={first ? (element) => void (quoteRef.current = element) : undefined}>
                      {segment.text}
                    </mark>
                  );
                })}
              </div>
              {data.end < data.length && (
                <button type="button" onClick={() => setWindow(grownWindow(data, 'after', data.length))} disabled={passage.loading}>
                  {t('readerLater')}
                </button>
              )}
              <div className="muted reader-position">{t('readerPosition', { start: data.start, end: data.end, length: data.length })}</div>
            </div>
            <nav className="reader-facts" aria-label={t('readerFacts', { count: facts.length })}>
              <h3>{t('readerFacts', { count: facts.length })}</h3>
              <ul data-testid="reader-facts">
                {facts.map((fact) => (
                  <li key={fact.id}>
                    <button type="button" className="link-button" data-testid="reader-fact" data-id={fact.id} onClick={() => void openFact(fact.id)}>
                      <span className="swatch" style={{ background: labelStyle(fact.label).color }} /> {labelName(fact.label)} · {fact.name}
                    </button>
                  </li>
                ))}
              </ul>
              {data.factsLeftOut > 0 && <p className="muted">{t('readerFactsLeftOut', { count: data.factsLeftOut })}</p>}
            </nav>
          </div>
        )}
      </div>
    </div>
  );
}
