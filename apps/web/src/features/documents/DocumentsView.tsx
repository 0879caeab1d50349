import { useState } from 'react';
import { fetchDocuments, ingestDocument } from '../../api/graph-api';
import type { DeleteDocumentReport, IngestReport } from '../../api/graph-api.types';
import { toApiError, type ApiError } from '../../api/graphql-request';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { invalidateDocumentTitles } from '../explorer/details/useDocumentTitles';
import { bytesToBase64 } from './file-base64';
import { DocumentsTable } from './DocumentsTable';
import { uploadStatusText } from './upload-status';

type Upload = { name: string; state: 'running' } | { name: string; state: 'done'; report: IngestReport } | { name: string; state: 'error'; error: ApiError };

/** The ingested documents with their fact counts, and a drop zone that sends plan files to the API. */
export function DocumentsView() {
  const { t } = useI18n();
  const documents = useAsync(fetchDocuments, []);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [lastDeleted, setLastDeleted] = useState<DeleteDocumentReport>();

  function deleted(report: DeleteDocumentReport): void {
    setLastDeleted(report);
    invalidateDocumentTitles();
    documents.reload();
  }

  async function upload(files: readonly File[]): Promise<void> {
    for (const file of files) {
      setUploads((list) => [{ name: file.name, state: 'running' }, ...list]);
      const finish = (next: Upload): void => setUploads((list) => list.map((item) => (item.name === file.name && item.state === 'running' ? next : item)));
      try {
        const report = await ingestDocument(file.name, bytesToBase64(new Uint8Array(await file.arrayBuffer())));
        finish({ name: file.name, state: 'done', report });
      } catch (error) {
        finish({ name: file.name, state: 'error', error: toApiError(error) });
      }
    }
    invalidateDocumentTitles();
    documents.reload();
  }

  return (
    <div className="documents">
      <label
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void upload([...event.dataTransfer.files]);
        }}
      >
        {t('dropHere')}
        <input
          type="file"
          multiple
          accept=".txt,.md,.html,.htm,.docx,.pdf,text/plain"
          data-testid="file-input"
          onChange={(event) => void upload([...(event.target.files ?? [])])}
          hidden
        />
      </label>
      {uploads.length > 0 && (
        <ul className="uploads" data-testid="uploads">
          {uploads.map((item, index) => (
            <li key={`${item.name}:${index}`}>
              {item.state === 'running' && <span className="busy">{t('uploading', { name: item.name })}</span>}
              {item.state === 'done' && (
                <span data-testid="upload-report">
                  {t('uploaded', {
                    ...item.report,
                    duplicateOf: item.report.duplicateOf ?? '',
                    name: item.report.fileName,
                    status: uploadStatusText(item.report, t),
                  })}
                </span>
              )}
              {item.state === 'error' && <ErrorMessage error={item.error} />}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('documentsTitle')}</h2>
      {lastDeleted && (
        <p role="status" data-testid="document-deleted">
          {t('documentDeleted', { ...lastDeleted })}
        </p>
      )}
      {documents.error && <ErrorMessage error={documents.error} onRetry={documents.reload} />}
      {documents.loading && !documents.data && <p className="muted">{t('documentsLoading')}</p>}
      {documents.data?.length === 0 && <p className="muted">{t('documentsEmpty')}</p>}
      {documents.data && documents.data.length > 0 && <DocumentsTable documents={documents.data} onDeleted={deleted} />}
    </div>
  );
}
