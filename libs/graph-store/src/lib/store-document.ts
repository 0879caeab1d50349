import { batchSize, SHARED_LABELS, type GraphBatch, type NodeRow, type RelationshipRow } from '@policygraph/graph-model';
import { documentIdOfNode, documentNodeId, type NodeLabel, type RelationshipType } from '@policygraph/graph-types';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphConnection } from './connect';
import { toPolicyGraphError } from './neo4j-errors';
import {
  CREATE_NODES,
  CREATE_RELATIONSHIPS,
  DELETE_DOCUMENT_FACTS,
  DELETE_ORPHANS,
  MERGE_NODES,
  MERGE_RELATIONSHIPS,
  PREVIOUS_SHARED_MENTIONS,
  STORED_HASHES,
} from './store-document.cypher';

/** Rows per UNWIND statement; large enough that round trips scale with labels and types, not with entities. */
export const ROWS_PER_STATEMENT = 5_000;

export type StoreStatus = 'added' | 'replaced' | 'unchanged' | 'duplicate';

export interface StoreReport {
  readonly documentId: string;
  readonly status: StoreStatus;
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes removed: the previous version's own facts plus shared nodes no document mentions any more. */
  readonly removed: number;
  /** Cypher statements the transaction ran (shared by all documents stored together). */
  readonly statements: number;
  /** For status 'duplicate': the stored document that already has exactly this content. */
  readonly duplicateOf?: string;
}

export interface StoreOptions {
  /** Rewrite even when the stored text and facts are the same. */
  readonly force?: boolean;
  /** Test hook: runs inside the transaction after the old facts are gone and before the new ones are written. */
  readonly beforeWrite?: (tx: ManagedTransaction) => Promise<void>;
  /**
   * What the first attempt at storing these documents found stored (storedVersion per document id, null for none),
   * kept across attempts: when a commit's answer is lost with the connection (Neo4j killed), the next attempt finds
   * the new hash already stored and still reports the document as added or replaced, not unchanged. Pass the same
   * map when retrying a store yourself; storeDocuments makes one for the driver's own retries otherwise.
   */
  readonly firstSeen?: Map<string, string | null>;
}

/**
 * Stores one document's facts in ONE write transaction: the previous version is removed and the new one written
 * together, so a failure anywhere leaves the previous version exactly as it was, and readers never see a mix.
 */
export async function storeDocument(connection: GraphConnection, batch: GraphBatch, options: StoreOptions = {}): Promise<StoreReport> {
  const [report] = await storeDocuments(connection, [batch], options);
  return report!;
}

/**
 * Stores several documents in one transaction (bulk loads): all or none of them. Each document is still replaced as
 * a whole; callers that need per-document atomicity on failure retry the documents one by one.
 */
export async function storeDocuments(connection: GraphConnection, batches: readonly GraphBatch[], options: StoreOptions = {}): Promise<StoreReport[]> {
  const ids = batches.map((b) => b.documentId);
  if (new Set(ids).size !== ids.length) throw new Error('storeDocuments: the same document twice in one call');
  const session = connection.driver.session({ database: connection.database, defaultAccessMode: 'WRITE' });
  try {
    const firstSeen = options.firstSeen ?? new Map<string, string | null>();
    return await session.executeWrite((tx) => writeDocuments(tx, batches, options, firstSeen));
  } catch (error) {
    throw toPolicyGraphError(error, `storing ${ids.length === 1 ? `document ${ids[0]}` : `${ids.length} documents`}`);
  } finally {
    await session.close();
  }
}

/**
 * What a stored document is a version of: its text and the facts extracted from it. The same text read by a changed
 * extractor is a new version (a store after an upgrade replaces the old facts); one stored before facts were hashed has
 * `…/null` and is replaced once.
 */
function storedVersion(batch: GraphBatch): string {
  return `${batch.contentHash}/${batch.factsHash}`;
}

async function writeDocuments(
  tx: ManagedTransaction,
  batches: readonly GraphBatch[],
  options: StoreOptions,
  firstSeen: Map<string, string | null>,
): Promise<StoreReport[]> {
  const hashes = await tx.run(STORED_HASHES, { documents: batches.map((b) => ({ id: documentNodeId(b.documentId), contentHash: b.contentHash })) });
  const previous = new Map<string, string | null>(
    hashes.records.map((r) => [documentIdOfNode(String(r.get('id'))), r.get('contentHash') === null ? null : `${r.get('contentHash')}/${r.get('factsHash')}`]),
  );
  for (const batch of batches) if (!firstSeen.has(batch.documentId)) firstSeen.set(batch.documentId, previous.get(batch.documentId) ?? null);
  // Stored by an earlier attempt whose commit answer was lost: this attempt finds the new content already there.
  const committedEarlier = new Set(
    batches
      .filter((b) => !options.force && previous.get(b.documentId) === storedVersion(b) && firstSeen.get(b.documentId) !== storedVersion(b))
      .map((b) => b.documentId),
  );
  // The same text under another file name would double every fact it states; it is reported, not stored.
  const duplicateOf = new Map<string, string>(
    hashes.records.filter((r) => r.get('duplicateOf') !== null).map((r) => [documentIdOfNode(String(r.get('id'))), r.get('duplicateOf')]),
  );
  let statements = 1;
  const changed = batches.filter((b) => !duplicateOf.has(b.documentId) && (options.force || previous.get(b.documentId) !== storedVersion(b)));
  let removed = 0;
  if (changed.length > 0) {
    const documentNodeIds = changed.map((b) => documentNodeId(b.documentId));
    const shared = await tx.run(PREVIOUS_SHARED_MENTIONS, { documentNodeIds });
    const orphanCandidates: string[] = shared.records[0]?.get('ids') ?? [];
    const deleted = await tx.run(DELETE_DOCUMENT_FACTS, { documentIds: changed.map((b) => b.documentId) });
    removed = Number(deleted.records[0]?.get('deleted') ?? 0);
    statements += 2;
    if (options.beforeWrite) await options.beforeWrite(tx);

    const nodes = new Map<NodeLabel, NodeRow[]>();
    const created = new Map<RelationshipType, RelationshipRow[]>();
    const merged = new Map<RelationshipType, RelationshipRow[]>();
    for (const batch of changed) {
      for (const [label, rows] of batch.nodes) append(nodes, label, rows);
      for (const [type, rows] of batch.relationships) append(created, type, rows);
      for (const [type, rows] of batch.sharedRelationships) append(merged, type, rows);
      append(created, 'MENTIONS', batch.mentions);
    }
    // Shared nodes first (MERGE), then each document's own (CREATE), then the edges between them.
    for (const [label, rows] of nodes) {
      const statement = SHARED_LABELS.has(label) ? MERGE_NODES[label] : CREATE_NODES[label];
      statements += await runInChunks(tx, statement, rows);
    }
    for (const [type, rows] of created) statements += await runInChunks(tx, CREATE_RELATIONSHIPS[type], rows);
    for (const [type, rows] of merged) statements += await runInChunks(tx, MERGE_RELATIONSHIPS[type], rows);
    if (orphanCandidates.length > 0) {
      const orphans = await tx.run(DELETE_ORPHANS, { ids: orphanCandidates });
      removed += Number(orphans.records[0]?.get('deleted') ?? 0);
      statements++;
    }
  }
  const changedIds = new Set(changed.map((b) => b.documentId));
  return batches.map((batch) => {
    const size = batchSize(batch);
    const duplicate = duplicateOf.get(batch.documentId);
    const written = changedIds.has(batch.documentId) || committedEarlier.has(batch.documentId);
    // Relative to what was stored before the first attempt, so a retry reports what the run did.
    const status: StoreStatus = duplicate ? 'duplicate' : !written ? 'unchanged' : (firstSeen.get(batch.documentId) ?? null) === null ? 'added' : 'replaced';
    // Removal counts are per transaction; with one document per call (the usual case) they are that document's (not
    // known for a document an earlier attempt committed).
    const touched = changedIds.has(batch.documentId);
    return {
      documentId: batch.documentId,
      status,
      nodes: size.nodes,
      relationships: size.relationships,
      removed: touched ? removed : 0,
      statements,
      ...(duplicate ? { duplicateOf: duplicate } : {}),
    };
  });
}

async function runInChunks(tx: ManagedTransaction, statement: string, rows: readonly unknown[]): Promise<number> {
  let count = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await tx.run(statement, { rows: rows.slice(i, i + ROWS_PER_STATEMENT) });
    count++;
  }
  return count;
}

function append<K, V>(map: Map<K, V[]>, key: K, rows: readonly V[]): void {
  if (rows.length === 0) return;
  const list = map.get(key);
  if (list) list.push(...rows);
  else map.set(key, [...rows]);
}
