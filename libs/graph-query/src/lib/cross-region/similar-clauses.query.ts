import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import { readQuery } from '../read-query';
import { Bm25Index } from './bm25';

/** A goal or project as a clause to compare: its words and the text an analyst reads. */
export interface Clause {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly region: string | null;
  readonly documentId: string | null;
  readonly quote: string;
}

export interface SimilarClause {
  readonly clause: Clause;
  /** BM25 score of this clause for the source clause's words. */
  readonly score: number;
  /** Words both clauses use, most specific first. */
  readonly sharedTerms: string[];
}

export interface SimilarClauses {
  readonly source: Clause;
  readonly similar: SimilarClause[];
}

/** Characters of a clause shown side by side. */
const QUOTE_LENGTH = 240;

const CORPUS_SIGNATURE = 'MATCH (d:Document) WITH d.id AS id, d.contentHash AS hash ORDER BY id RETURN count(id) AS documents, reduce(s = "", h IN collect(hash) | s + h) AS hashes';

const CLAUSES = `
  MATCH (t:Entity) WHERE (t:Goal OR t:Project) AND t.terms IS NOT NULL
  RETURN t.id AS id, t.label AS label, t.name AS name, t.region AS region, t.documentId AS documentId,
         coalesce(t.bodyText, t.statement, t.name) AS text, t.terms AS terms
  ORDER BY t.id`;

interface ClauseIndex {
  readonly signature: string;
  readonly clauses: Clause[];
  readonly byId: Map<string, number>;
  readonly terms: string[][];
  readonly bm25: Bm25Index;
}

/**
 * Computed at query time over the stored clauses, with the index kept in memory per connection and rebuilt when the
 * set of stored documents (ids and content hashes) changes. Words are segmented once at ingest (`terms`), so a
 * rebuild is one read plus counting: milliseconds for hundreds of clauses, well under a second for tens of
 * thousands. Precomputing SIMILAR edges instead would make every ingest rewrite other documents' edges.
 */
const indexes = new WeakMap<GraphConnection, ClauseIndex>();

async function clauseIndex(connection: GraphConnection): Promise<ClauseIndex> {
  const [signatureRecord] = await readQuery(connection, CORPUS_SIGNATURE, {}, 'checking the clause index');
  const signature = `${signatureRecord?.get('documents') ?? 0}:${signatureRecord?.get('hashes') ?? ''}`;
  const cached = indexes.get(connection);
  if (cached && cached.signature === signature) return cached;
  const records = await readQuery(connection, CLAUSES, {}, 'reading clauses for similarity');
  const clauses: Clause[] = [];
  const terms: string[][] = [];
  for (const record of records) {
    const text = String(record.get('text') ?? '');
    clauses.push({
      id: String(record.get('id')),
      label: String(record.get('label')),
      name: String(record.get('name')),
      region: (record.get('region') as string | null) ?? null,
      documentId: (record.get('documentId') as string | null) ?? null,
      quote: text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text,
    });
    terms.push((record.get('terms') as string[] | null) ?? []);
  }
  const index: ClauseIndex = {
    signature,
    clauses,
    byId: new Map(clauses.map((clause, i) => [clause.id, i])),
    terms,
    bm25: new Bm25Index(clauses.map((clause, i) => ({ id: clause.id, terms: terms[i]! }))),
  };
  indexes.set(connection, index);
  return index;
}

/** The goals and projects of OTHER regions most similar to a goal or project (BM25 over jieba words). */
export async function similarClauses(connection: GraphConnection, id: string, limit = 5): Promise<SimilarClauses> {
  const index = await clauseIndex(connection);
  const at = index.byId.get(id);
  if (at === undefined) throw new PolicyGraphError('NOT_FOUND', `no goal or project with id ${id} (similar clauses are found for goals and projects)`);
  const source = index.clauses[at]!;
  const query = index.terms[at]!;
  const scored: SimilarClause[] = [];
  index.clauses.forEach((clause, i) => {
    if (clause.region === source.region) return;
    const score = index.bm25.score(query, i);
    if (score > 0) scored.push({ clause, score: Math.round(score * 1000) / 1000, sharedTerms: index.bm25.sharedTerms(query, i) });
  });
  scored.sort((a, b) => b.score - a.score || a.clause.id.localeCompare(b.clause.id));
  return { source, similar: scored.slice(0, Math.min(Math.max(Math.floor(limit), 1), 50)) };
}
