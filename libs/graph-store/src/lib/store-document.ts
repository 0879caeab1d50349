import { batchSize, type GraphBatch } from '@policygraph/graph-model';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphConnection } from './connect';
import { toPolicyGraphError } from './neo4j-errors';
import {
  DELETE_DOCUMENT_FACTS,
  DELETE_ORPHANS,
  PREVIOUS_SHARED_MENTIONS,
  STORED_HASH,
  UPSERT_NODES,
  UPSERT_RELATIONSHIPS,
} from './store-document.cypher';

/** Rows per UNWIND statement; large enough that round trips scale with labels and types, not with entities. */
export const ROWS_PER_STATEMENT = 2_000;

export type StoreStatus = 'added' | 'replaced' | 'unchanged';

export interface StoreReport {
  readonly documentId: string;
  readonly status: StoreStatus;
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes removed: the previous version's own facts plus shared nodes it alone mentioned. */
  readonly removed: number;
  readonly statements: number;
}

export interface StoreOptions {
  /** Rewrite even when the stored content hash is the same. */
  readonly force?: boolean;
  /** Test hook: runs inside the transaction after the old facts are gone and before the new ones are written. */
  readonly beforeWrite?: (tx: ManagedTransaction) => Promise<void>;
}

/**
 * Stores one document's facts in ONE write transaction: the previous version is removed and the new one written
 * together, so a failure anywhere leaves the previous version exactly as it was, and readers never see a mix.
 */
export async function storeDocument(connection: GraphConnection, batch: GraphBatch, options: StoreOptions = {}): Promise<StoreReport> {
  const documentNodeId = `document:${batch.documentId}`;
  const size = batchSize(batch);
  const session = connection.driver.session({ database: connection.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const stored = await tx.run(STORED_HASH, { documentNodeId });
      const previousHash: string | null = stored.records[0]?.get('contentHash') ?? null;
      if (previousHash === batch.contentHash && !options.force) {
        return { documentId: batch.documentId, status: 'unchanged', nodes: size.nodes, relationships: size.relationships, removed: 0, statements: 1 };
      }
      let statements = 1;
      const previousShared = await tx.run(PREVIOUS_SHARED_MENTIONS, { documentNodeId });
      const orphanCandidates: string[] = previousShared.records[0]?.get('ids') ?? [];
      const deleted = await tx.run(DELETE_DOCUMENT_FACTS, { documentId: batch.documentId });
      statements += 2;
      let removed = Number(deleted.records[0]?.get('deleted') ?? 0);
      if (options.beforeWrite) await options.beforeWrite(tx);

      for (const [label, rows] of batch.nodes) {
        for (const chunk of chunksOf(rows)) {
          await tx.run(UPSERT_NODES[label], { rows: chunk });
          statements++;
        }
      }
      for (const chunk of chunksOf(batch.mentions)) {
        await tx.run(UPSERT_RELATIONSHIPS.MENTIONS, { rows: chunk });
        statements++;
      }
      for (const [type, rows] of batch.relationships) {
        for (const chunk of chunksOf(rows)) {
          await tx.run(UPSERT_RELATIONSHIPS[type], { rows: chunk });
          statements++;
        }
      }
      if (orphanCandidates.length > 0) {
        const orphans = await tx.run(DELETE_ORPHANS, { ids: orphanCandidates });
        removed += Number(orphans.records[0]?.get('deleted') ?? 0);
        statements++;
      }
      return {
        documentId: batch.documentId,
        status: previousHash === null ? 'added' : 'replaced',
        nodes: size.nodes,
        relationships: size.relationships,
        removed,
        statements,
      };
    });
  } catch (error) {
    throw toPolicyGraphError(error, `storing document ${batch.documentId}`);
  } finally {
    await session.close();
  }
}

/** Removes a document and the shared nodes only it mentioned. */
export async function deleteDocument(connection: GraphConnection, documentId: string): Promise<number> {
  const session = connection.driver.session({ database: connection.database });
  try {
    return await session.executeWrite(async (tx) => {
      const previousShared = await tx.run(PREVIOUS_SHARED_MENTIONS, { documentNodeId: `document:${documentId}` });
      const ids: string[] = previousShared.records[0]?.get('ids') ?? [];
      const deleted = await tx.run(DELETE_DOCUMENT_FACTS, { documentId });
      const orphans = await tx.run(DELETE_ORPHANS, { ids });
      return Number(deleted.records[0]?.get('deleted') ?? 0) + Number(orphans.records[0]?.get('deleted') ?? 0);
    });
  } catch (error) {
    throw toPolicyGraphError(error, `deleting document ${documentId}`);
  } finally {
    await session.close();
  }
}

function* chunksOf<T>(rows: readonly T[], size: number = ROWS_PER_STATEMENT): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
