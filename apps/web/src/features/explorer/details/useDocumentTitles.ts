import { fetchDocuments } from '../../../api/graph-api';
import { useAsync } from '../../../app/useAsync';

let cached: Promise<ReadonlyMap<string, string>> | null = null;

/** Forgets the cached titles (after an upload adds a document). */
export function invalidateDocumentTitles(): void {
  cached = null;
}

/** Document id → title, fetched once per page: evidence only carries the document id. */
export function useDocumentTitles(): ReadonlyMap<string, string> {
  const { data } = useAsync(() => {
    cached ??= fetchDocuments().then(
      (documents) => new Map(documents.map((summary) => [summary.document.id, summary.document.name])),
      (error: unknown) => {
        cached = null; // a failed fetch is retried next time rather than cached
        throw error;
      },
    );
    return cached;
  }, []);
  return data ?? new Map();
}
