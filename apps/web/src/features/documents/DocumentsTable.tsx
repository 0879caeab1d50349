import { documentIdOfNode } from '@policygraph/graph-types';
import { Fragment, useState } from 'react';
import { deleteDocument } from '../../api/graph-api';
import type { DeleteDocumentReport, DocumentSummary } from '../../api/graph-api.types';
import { toApiError, type ApiError } from '../../api/graphql-request';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useI18n } from '../../i18n/I18nContext';
import { coverageNotesOf } from './coverage-notes-of';
import { DocumentNotes } from './DocumentNotes';

type Deletion = { state: 'confirming' } | { state: 'running' } | { state: 'error'; error: ApiError };

/** The ingested documents: facts per label, extraction notes on demand, and deletion after a confirmation. */
export function DocumentsTable({
  documents,
  onDeleted,
}: {
  readonly documents: readonly DocumentSummary[];
  readonly onDeleted: (report: DeleteDocumentReport) => void;
}) {
  const { t, labelName } = useI18n();
  const [notesOpen, setNotesOpen] = useState<string | null>(null);
  const [deletion, setDeletion] = useState<{ id: string } & Deletion>();

  async function confirmDelete(documentId: string): Promise<void> {
    setDeletion({ id: documentId, state: 'running' });
    try {
      const report = await deleteDocument(documentId);
      setDeletion(undefined);
      onDeleted(report);
    } catch (error) {
      setDeletion({ id: documentId, state: 'error', error: toApiError(error) });
    }
  }

  return (
    <table className="results-table documents-table" data-testid="documents-table">
      <thead>
        <tr>
          <th>{t('document')}</th>
          <th>{t('documentRegion')}</th>
          <th>{t('documentFacts')}</th>
          <th>{t('documentActions')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((summary) => {
          const nodeId = summary.document.id;
          const documentId = String(summary.document.properties['documentId'] ?? documentIdOfNode(nodeId));
          const facts = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
          const notes = coverageNotesOf(summary.document.properties);
          const sentences = notes?.reduce((sum, note) => sum + note.sentences, 0) ?? 0;
          const open = notesOpen === nodeId;
          const deleting = deletion?.id === documentId ? deletion : undefined;
          return (
            <Fragment key={nodeId}>
              <tr data-testid="document-row" data-document-id={documentId}>
                <td>
                  {summary.document.name}
                  <div className="muted details-id">{nodeId}</div>
                </td>
                <td>{summary.region ?? '—'}</td>
                <td>
                  {Object.entries(summary.counts)
                    .map(([label, count]) => `${labelName(label)} ${count}`)
                    .join(' · ') || '—'}
                </td>
                <td className="document-actions">
                  <button
                    type="button"
                    data-testid="notes-toggle"
                    aria-expanded={open}
                    aria-controls={`notes-${documentId}`}
                    onClick={() => setNotesOpen(open ? null : nodeId)}
                  >
                    {open ? t('documentNotesHide') : t('documentNotes', { sentences })}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    disabled={deleting !== undefined}
                    onClick={() => setDeletion({ id: documentId, state: 'confirming' })}
                  >
                    {t('documentDelete')}
                  </button>
                </td>
              </tr>
              {deleting && (
                <tr>
                  <td colSpan={4}>
                    {deleting.state === 'error' ? (
                      <ErrorMessage error={deleting.error} onRetry={() => void confirmDelete(documentId)} />
                    ) : (
                      <div role="alertdialog" aria-labelledby={`confirm-${documentId}`} className="confirm-delete" data-testid="confirm-delete">
                        <span id={`confirm-${documentId}`}>{t('documentDeleteConfirm', { title: summary.document.name, facts })}</span>
                        <button type="button" className="danger" disabled={deleting.state === 'running'} onClick={() => void confirmDelete(documentId)}>
                          {deleting.state === 'running' ? t('documentDeleting') : t('documentDeleteYes')}
                        </button>
                        <button type="button" disabled={deleting.state === 'running'} onClick={() => setDeletion(undefined)} autoFocus>
                          {t('documentDeleteNo')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              )}
              {open && (
                <tr id={`notes-${documentId}`}>
                  <td colSpan={4}>
                    <DocumentNotes properties={summary.document.properties} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
