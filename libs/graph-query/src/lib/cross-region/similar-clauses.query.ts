import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import neo4j from 'neo4j-driver';
import { lucenePhrase } from '../lucene-phrase';
import { readQuery } from '../read-query';

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
  /** Lucene's BM25 score of this clause for the source clause's words. */
  readonly score: number;
  /** Words both clauses use, most specific (fewest clauses using it) first. */
  readonly sharedTerms: string[];
}

export interface SimilarClauses {
  readonly source: Clause;
  readonly similar: SimilarClause[];
}

/** The full-text index of cypher/schema.cypher over the words stored on goals and projects (`terms`). */
export const CLAUSE_TERMS_INDEX = 'clause_terms_search';
/** Characters of a clause shown side by side. */
const QUOTE_LENGTH = 240;
/** Shared words listed per similar clause. */
const SHARED_TERMS = 8;
/** Lucene refuses a query of more than 1024 clauses; a clause's distinct words stay far below (see the bench). */
const MAX_QUERY_WORDS = 1024;

const CLAUSE_FIELDS = `id: c.id, label: c.label, name: c.name, region: c.region, documentId: c.documentId,
  text: coalesce(c.bodyText, c.statement, c.name)`;

const SOURCE = `
  MATCH (c:Entity {id: $id}) WHERE (c:Goal OR c:Project OR c:Task) AND c.terms IS NOT NULL
  RETURN {${CLAUSE_FIELDS}} AS clause, c.terms AS terms`;

// Clauses of the source's own region are skipped (a region missing on both counts as the same region).
const SIMILAR = `
  CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS c, score
  WHERE coalesce(c.region, '') <> $region
  WITH c, score ORDER BY score DESC, c.id LIMIT $limit
  RETURN {${CLAUSE_FIELDS}} AS clause, score, [word IN $words WHERE word IN c.terms] AS shared`;

// How many clauses use each shared word: the fewer, the more specific (BM25's idf orders the same way).
const WORD_COUNTS = `
  UNWIND $words AS word
  CALL { WITH word CALL db.index.fulltext.queryNodes($index, word.query) YIELD node RETURN count(node) AS clauses }
  RETURN word.text AS word, clauses`;

function toClause(value: Record<string, unknown>): Clause {
  const text = String(value['text'] ?? '');
  return {
    id: String(value['id']),
    label: String(value['label']),
    name: String(value['name']),
    region: (value['region'] as string | null) ?? null,
    documentId: (value['documentId'] as string | null) ?? null,
    quote: text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text,
  };
}

/** The Lucene query for a clause's words: each word a quoted, escaped phrase, OR'ed (Lucene's default). */
export function clauseTermsQuery(words: readonly string[]): string {
  return words.map(lucenePhrase).join(' ');
}

/**
 * The goals and projects of OTHER regions most similar to a goal or project: Lucene's BM25 (Neo4j full-text index
 * `clause_terms_search`) over the jieba words segmented once at ingest. Neo4j keeps the index current as documents are
 * ingested or deleted, so nothing is cached here.
 */
export async function similarClauses(connection: GraphConnection, id: string, limit = 5): Promise<SimilarClauses> {
  const [sourceRecord] = await readQuery(connection, SOURCE, { id }, 'reading the clause to compare');
  if (!sourceRecord) throw new PolicyGraphError('NOT_FOUND', `no goal or project with id ${id} (similar clauses are found for goals and projects)`);
  const source = toClause(sourceRecord.get('clause') as Record<string, unknown>);
  const words = [...new Set((sourceRecord.get('terms') as string[] | null) ?? [])].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return { source, similar: [] };
  const records = await readQuery(
    connection,
    SIMILAR,
    {
      index: CLAUSE_TERMS_INDEX,
      query: clauseTermsQuery(words),
      region: source.region ?? '',
      words,
      limit: neo4j.int(Math.min(Math.max(Math.floor(limit), 1), 50)),
    },
    'finding similar clauses',
  );
  const shared = [...new Set(records.flatMap((record) => record.get('shared') as string[]))];
  const counts = new Map<string, number>();
  if (shared.length > 0) {
    const countRecords = await readQuery(
      connection,
      WORD_COUNTS,
      { index: CLAUSE_TERMS_INDEX, words: shared.map((word) => ({ text: word, query: lucenePhrase(word) })) },
      'counting the clauses using each shared word',
    );
    for (const record of countRecords) counts.set(String(record.get('word')), Number(record.get('clauses')));
  }
  const bySpecificity = (a: string, b: string): number => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a.localeCompare(b);
  return {
    source,
    similar: records.map((record) => ({
      clause: toClause(record.get('clause') as Record<string, unknown>),
      score: Math.round(Number(record.get('score')) * 1000) / 1000,
      sharedTerms: [...(record.get('shared') as string[])].sort(bySpecificity).slice(0, SHARED_TERMS),
    })),
  };
}
