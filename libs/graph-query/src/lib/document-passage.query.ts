import type { GraphConnection } from '@policygraph/graph-store';
import { documentNodeId, PolicyGraphError, type DocumentPassage, type PassageFact } from '@policygraph/graph-types';
import { parseEvidence } from './graph-elements';
import { readQuery } from './read-query';
export type { DocumentPassage, PassageFact };

/** The longest window one request reads: a few screens of text, whatever the document's size. */
export const MAX_PASSAGE_CHARS = 20_000;
/** Facts listed for one window (a dense table can hold hundreds). */
export const MAX_PASSAGE_FACTS = 400;

/**
 * A window [start, end) of a stored document's text (clamped to the text and to MAX_PASSAGE_CHARS) with the facts
 * whose evidence lies in it: the document's own nodes and the shared nodes (departments, places …) it mentions there.
 * Offsets are those of the evidence, so `text.slice(e.start - start, e.end - start) === e.quote` inside the window.
 */
export async function documentPassage(connection: GraphConnection, args: { documentId: string; start: number; end: number }): Promise<DocumentPassage> {
  if (!Number.isInteger(args.start) || !Number.isInteger(args.end) || args.start < 0 || args.end < args.start) {
    throw new PolicyGraphError('BAD_REQUEST', `a passage needs 0 ≤ start ≤ end (got ${args.start}–${args.end})`);
  }
  const nodeId = documentNodeId(args.documentId);
  const documents = await readQuery(
    connection,
    // The whole text comes to the API and is cut here: Cypher counts code points, evidence offsets are UTF-16 units.
    `MATCH (d:Document {id: $nodeId})
     RETURN d.title AS title, d.text AS text`,
    { nodeId },
    `reading document ${args.documentId}`,
  );
  const document = documents[0];
  if (!document) throw new PolicyGraphError('NOT_FOUND', `no document with id ${args.documentId}`);
  const whole: unknown = document.get('text');
  if (typeof whole !== 'string') {
    throw new PolicyGraphError(
      'NOT_FOUND',
      `document ${args.documentId} was stored without its text (ingested before texts were kept): ingest it again to read it`,
    );
  }
  const length = whole.length;
  const start = Math.min(args.start, length);
  const end = Math.min(args.end, length, start + MAX_PASSAGE_CHARS);
  const rows = await readQuery(
    connection,
    `MATCH (d:Document {id: $nodeId})
     CALL (d) {
       MATCH (n:Entity {documentId: $documentId}) WHERE n <> d
       RETURN n.id AS id, n.label AS label, n.name AS name, n.evidenceJson AS evidenceJson
       UNION ALL
       MATCH (d)-[m:MENTIONS]->(s:Entity) WHERE s.documentId IS NULL
       RETURN s.id AS id, s.label AS label, s.name AS name, m.evidenceJson AS evidenceJson
     }
     RETURN collect({id: id, label: label, name: name, evidenceJson: evidenceJson}) AS facts`,
    { nodeId, documentId: args.documentId },
    `reading document ${args.documentId} at ${start}–${end}`,
  );
  const row = rows[0];
  const facts: PassageFact[] = [];
  for (const fact of (row?.get('facts') ?? []) as { id: string; label: string; name: string; evidenceJson: string | null }[]) {
    for (const evidence of parseEvidence(fact.evidenceJson)) {
      // Overlapping the window, not only inside it: a task sentence that began above is still in view.
      if (evidence.end > start && evidence.start < end && evidence.end > evidence.start) {
        facts.push({ id: fact.id, label: fact.label, name: fact.name ?? fact.id, start: evidence.start, end: evidence.end, section: evidence.section ?? [] });
      }
    }
  }
  facts.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  return {
    documentId: args.documentId,
    title: String(document.get('title') ?? args.documentId),
    length,
    start,
    end,
    text: whole.slice(start, end),
    facts: facts.slice(0, MAX_PASSAGE_FACTS),
    factsLeftOut: Math.max(0, facts.length - MAX_PASSAGE_FACTS),
  };
}
