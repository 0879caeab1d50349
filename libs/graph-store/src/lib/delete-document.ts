import { documentNodeId as nodeIdOf, PolicyGraphError } from '@policygraph/graph-types';
import type { GraphConnection } from './connect';
import { DELETE_OWN_NODES, DELETE_SHARED_EDGES, DELETE_UNMENTIONED, DOCUMENT_AND_SHARED, REPOINT_SHARED_EVIDENCE } from './delete-document.cypher';
import { toPolicyGraphError } from './neo4j-errors';

export interface DeleteDocumentReport {
  readonly documentId: string;
  readonly title: string;
  /** The document's own nodes (the Document node included). */
  readonly ownNodes: number;
  /** Shared nodes (departments, regions, places …) no remaining document mentions or needs. */
  readonly sharedNodes: number;
  /** Edges between remaining shared nodes that only this document stated. */
  readonly sharedEdges: number;
}

/**
 * Removes a document and every fact only it supports, in ONE write transaction: its own nodes with their edges, the
 * shared nodes and shared edges no other document states, and inferred departments only its tasks needed. Facts other
 * documents state stay as they are; where they carried this document's evidence (the last writer's), they take
 * another document's. A failure leaves the graph as it was. Unknown ids are NOT_FOUND.
 */
export async function deleteDocument(connection: GraphConnection, documentId: string): Promise<DeleteDocumentReport> {
  const documentNodeId = nodeIdOf(documentId);
  const session = connection.driver.session({ database: connection.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(DOCUMENT_AND_SHARED, { documentNodeId, documentId });
      const row = found.records[0];
      if (!row) throw new PolicyGraphError('NOT_FOUND', `no document with id ${documentId}`);
      const mentions = row.get('mentions') as { id: string; evidenceJson: string | null }[];
      const candidates = [...new Set([...mentions.map((m) => m.id), ...(row.get('inferred') as string[])])];
      const own = await tx.run(DELETE_OWN_NODES, { documentId });
      let sharedNodes = 0;
      for (const functions of [false, true]) {
        const deleted = await tx.run(DELETE_UNMENTIONED, { ids: candidates, functions, documentId });
        sharedNodes += Number(deleted.records[0]?.get('deleted') ?? 0);
      }
      const edges = await tx.run(DELETE_SHARED_EDGES, { ids: candidates, documentId });
      await tx.run(REPOINT_SHARED_EVIDENCE, { mentions });
      return {
        documentId,
        title: String(row.get('title') ?? documentId),
        ownNodes: Number(own.records[0]?.get('deleted') ?? 0),
        sharedNodes,
        sharedEdges: Number(edges.records[0]?.get('deleted') ?? 0),
      };
    });
  } catch (error) {
    throw toPolicyGraphError(error, `deleting document ${documentId}`);
  } finally {
    await session.close();
  }
}
