import { inferOwnershipAfterIngest, type OwnershipInferenceOutcome } from '@policygraph/ownership-inference';
import { PolicyGraphError, isPolicyGraphError, type PolicyGraphErrorCode } from '@policygraph/graph-types';
import { storeDocument, waitForGraph, type GraphConnection, type StoreReport } from '@policygraph/graph-store';
import { collectInputFiles } from './collect-input-files';
import { DocumentReaderPool } from './isolation/document-reader-pool';
import { extractBatch, type PreparedDocument } from './isolation/prepare-document';
import { readInputBytes, type DocumentText } from './read-document-file';

export type FileOutcome =
  | { readonly path: string; readonly ok: true; readonly report: StoreReport; readonly issues: number }
  | { readonly path: string; readonly ok: false; readonly code: PolicyGraphErrorCode; readonly error: string };

export interface IngestSummary {
  readonly files: number;
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly outcomes: readonly FileOutcome[];
  /** Ownership inference over the whole graph, run after the files (see @policygraph/ownership-inference). */
  readonly ownership: OwnershipInferenceOutcome;
  readonly seconds: number;
}

export interface IngestOptions {
  readonly force?: boolean;
  readonly onFileStart?: (path: string, index: number, total: number) => void;
  readonly onFileDone?: (outcome: FileOutcome, index: number, total: number) => void;
  /** Where documents are read and extracted; a pool of its own (closed at the end) when not given. */
  readonly readers?: DocumentReaderPool;
  /**
   * How long to wait for Neo4j to come back when it becomes unreachable while a document is stored (beyond the
   * driver's own 30 s of retries), before stopping the run: a supervised server restarts within about a minute.
   */
  readonly reconnectWaitMs?: number;
  /** Told when the run waits for Neo4j to come back, and with which file. */
  readonly onReconnectWait?: (path: string, waitMs: number) => void;
}

/** Why the ownership inference did not run when the corpus did not change. */
export const NOTHING_CHANGED = 'skipped: no document changed';

/** Default of IngestOptions.reconnectWaitMs. */
export const INGEST_RECONNECT_WAIT_MS = 90_000;

/** Extracts and stores one decoded document on this thread (small documents, tests); see ingestPrepared. */
export async function ingestText(
  connection: GraphConnection,
  document: DocumentText,
  options: { force?: boolean } = {},
): Promise<{ report: StoreReport; issues: number }> {
  const { batch, issues } = extractBatch(document);
  return { report: await storeDocument(connection, batch, { force: options.force }), issues };
}

/** Stores a document a DocumentReaderPool read and extracted: the unit both the CLI and the API's upload go through. */
export async function ingestPrepared(
  connection: GraphConnection,
  prepared: PreparedDocument,
  options: { force?: boolean; firstSeen?: Map<string, string | null> } = {},
): Promise<{ report: StoreReport; issues: number }> {
  return { report: await storeDocument(connection, prepared.batch, { force: options.force, firstSeen: options.firstSeen }), issues: prepared.issues };
}

/**
 * Stores a prepared document; when Neo4j becomes unreachable meanwhile, waits for it to come back and stores it again
 * with what the first attempt saw, so a document whose commit answer was lost is reported as stored, not failed.
 */
async function storeSurvivingOutage(
  connection: GraphConnection,
  prepared: PreparedDocument,
  path: string,
  options: IngestOptions,
): Promise<{ report: StoreReport; issues: number }> {
  const firstSeen = new Map<string, string | null>();
  try {
    return await ingestPrepared(connection, prepared, { force: options.force, firstSeen });
  } catch (error) {
    if (!isPolicyGraphError(error) || error.code !== 'NEO4J_UNAVAILABLE') throw error;
    const waitMs = options.reconnectWaitMs ?? INGEST_RECONNECT_WAIT_MS;
    options.onReconnectWait?.(path, waitMs);
    if (!(await waitForGraph(connection, waitMs))) throw error;
    return await ingestPrepared(connection, prepared, { force: options.force, firstSeen });
  }
}

/** Ingests files and folders one document at a time; a failed file is reported and the others still stored. */
export async function ingestPaths(connection: GraphConnection, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const files = await collectInputFiles(paths);
  const outcomes: FileOutcome[] = [];
  let databaseDown = false;
  const readers = options.readers ?? new DocumentReaderPool();
  try {
    for (const [index, file] of files.entries()) {
      options.onFileStart?.(file.path, index, files.length);
      let outcome: FileOutcome;
      try {
        if (file.missing) throw new PolicyGraphError('INPUT_NOT_FOUND', `${file.path} does not exist. Check the path.`);
        const prepared = await readers.prepare(await readInputBytes(file.path), file.path);
        const { report, issues } = await storeSurvivingOutage(connection, prepared, file.path, options);
        outcome = { path: file.path, ok: true, report, issues };
      } catch (error) {
        const failure = isPolicyGraphError(error)
          ? error
          : new PolicyGraphError('NEO4J_ERROR', `${file.path}: ${error instanceof Error ? error.message : String(error)}`);
        outcome = { path: file.path, ok: false, code: failure.code, error: failure.message };
        // Still unreachable after the wait: every later file would fail too, so stop instead of reporting it N times.
        if (failure.code === 'NEO4J_UNAVAILABLE') {
          databaseDown = true;
          outcomes.push(outcome);
          options.onFileDone?.(outcome, index, files.length);
          break;
        }
      }
      outcomes.push(outcome);
      options.onFileDone?.(outcome, index, files.length);
    }
  } finally {
    if (!options.readers) await readers.close();
  }
  const count = (status: StoreReport['status']) => outcomes.filter((o) => o.ok && o.report.status === status).length;
  const stored = outcomes.filter((o): o is Extract<FileOutcome, { ok: true }> => o.ok);
  // Inference reads the whole corpus; it only needs to run when the corpus changed and the database is reachable.
  const changed = count('added') + count('replaced') > 0;
  const ownership: OwnershipInferenceOutcome = databaseDown
    ? {
        ok: false,
        error: 'skipped: the graph database is unavailable; run the same ingest again once it is back (stored documents are kept, and the inference runs then)',
      }
    : changed
      ? await inferOwnershipAfterIngest(connection)
      : { ok: false, error: NOTHING_CHANGED };
  return {
    files: files.length,
    added: count('added'),
    replaced: count('replaced'),
    unchanged: count('unchanged'),
    duplicates: count('duplicate'),
    failed: files.length - stored.length,
    nodes: stored.reduce((sum, o) => sum + o.report.nodes, 0),
    relationships: stored.reduce((sum, o) => sum + o.report.relationships, 0),
    outcomes,
    ownership,
    seconds: (Date.now() - started) / 1000,
  };
}
