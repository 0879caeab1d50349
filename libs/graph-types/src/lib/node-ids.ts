/**
 * Every node id the pipeline builds, in one place. Ids are deterministic so that loading a document twice MERGEs
 * onto the same nodes; their formats are therefore stored in every graph: changing one orphans the stored nodes of
 * that kind (node-ids.spec.ts pins each format).
 */

/** The Document node of a document: `document:<documentId>`. */
export function documentNodeId(documentId: string): string {
  return `document:${documentId}`;
}

const DOCUMENT_PREFIX = 'document:';

/** The document id inside a Document node id (the inverse of documentNodeId). */
export function documentIdOfNode(nodeId: string): string {
  if (!nodeId.startsWith(DOCUMENT_PREFIX)) throw new Error(`not a Document node id: ${nodeId}`);
  return nodeId.slice(DOCUMENT_PREFIX.length);
}

/** A Region by its gazetteer name (青海省): shared by every document about it. */
export function regionId(name: string): string {
  return `region:${name}`;
}

/** A Department by its region and canonical name: 省商务厅 of 青海省 and of 云南省 are two departments. */
export function departmentId(regionName: string, canonicalName: string): string {
  return `department:${regionName}:${canonicalName}`;
}

/** A Place (a county or city inside the document's region) by its administrative-division code. */
export function placeId(code: string): string {
  return `place:${code}`;
}

/** A SectorType of the shared taxonomy by its key (culture-tourism). */
export function sectorTypeId(key: string): string {
  return `sectortype:${key}`;
}

/** A Strategy of the lexicon or mined phrases by its key. */
export function strategyId(key: string): string {
  return `strategy:${key}`;
}

/** A DepartmentFunction by its key (商务). */
export function departmentFunctionId(key: string): string {
  return `function:${key}`;
}

/** Kinds of node that exist once per place in a document, keyed by where the text states them. */
export type DocumentScopedKind = 'sector' | 'goal' | 'indicator' | 'project' | 'task';

/** A node stated in a document, keyed by its ORIGINAL start offset: `goal:<documentId>:<offset>`. */
export function documentScopedId(kind: DocumentScopedKind, documentId: string, originalStart: number): string {
  return `${kind}:${documentId}:${originalStart}`;
}

export const sectorId = (documentId: string, originalStart: number): string => documentScopedId('sector', documentId, originalStart);
export const goalId = (documentId: string, originalStart: number): string => documentScopedId('goal', documentId, originalStart);
export const indicatorId = (documentId: string, originalStart: number): string => documentScopedId('indicator', documentId, originalStart);
export const projectId = (documentId: string, originalStart: number): string => documentScopedId('project', documentId, originalStart);
export const taskId = (documentId: string, originalStart: number): string => documentScopedId('task', documentId, originalStart);
