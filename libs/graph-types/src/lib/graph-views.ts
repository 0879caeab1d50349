import type { Evidence } from './evidence';
import type { StrategyQuote } from './query-rows';

// Graph elements and query results as the API returns them and the explorer reads them: the graph-query functions
// produce them, the API's GraphQL objects serialize them, and the web client types its responses with them.

/** A node as the API and the explorer see it: plain values, evidence parsed, storage-only fields removed. */
export interface GraphNodeView {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly properties: Record<string, unknown>;
  readonly evidence: Evidence[];
}

export interface GraphEdgeView {
  /** `from>TYPE>to`: the graph has at most one edge of a type between two nodes, so this is stable across loads. */
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly properties: Record<string, unknown>;
  readonly evidence: Evidence[];
}

export interface LeftOut {
  readonly type: string;
  readonly label: string;
  readonly count: number;
}

export interface Subgraph {
  readonly nodes: GraphNodeView[];
  readonly edges: GraphEdgeView[];
  /** Per relationship type and neighbour label, how many neighbours the limit left out. */
  readonly leftOut: LeftOut[];
}

export interface SearchHit {
  readonly node: GraphNodeView;
  readonly score: number;
}

/**
 * How paths were found: 'k-shortest' (Yen's k shortest paths, Neo4j Graph Data Science: paths of increasing length)
 * or 'all-shortest' (Cypher alone, on a server without GDS: only the shortest paths, all of one length).
 */
export type PathAlgorithm = 'k-shortest' | 'all-shortest';

export interface PathsResult {
  /** Shortest first; length is the number of relationships. */
  readonly paths: { readonly nodeIds: string[]; readonly edgeIds: string[]; readonly length: number }[];
  readonly nodes: GraphNodeView[];
  readonly edges: GraphEdgeView[];
  readonly algorithm: PathAlgorithm;
  /** Why the answer is narrower than asked (no GDS on the server), in English for API callers; null when it is not. */
  readonly notice: string | null;
}

export interface CypherResult {
  readonly columns: string[];
  readonly rows: unknown[][];
  readonly truncated: boolean;
  readonly nodes: GraphNodeView[];
  readonly edges: GraphEdgeView[];
  readonly elapsedMs: number;
}

export interface RegionRow {
  readonly region: GraphNodeView;
  readonly documents: number;
  readonly departments: number;
}

export interface DocumentRow {
  readonly document: GraphNodeView;
  readonly region: string | null;
  readonly counts: Record<string, number>;
}

export interface MatrixCell {
  readonly departmentId: string;
  readonly columnId: string;
  /** Stated leads (牵头, or a document rule naming the first listed). */
  readonly lead: number;
  /** 配合/参与/参加/协同. */
  readonly support: number;
  /** Units of a list that states no lead; presumedLead of them are the first listed (a presumption). */
  readonly coResponsible: number;
  readonly presumedLead: number;
  /** Inferred responsibilities (any role; only when inferred ownership is asked for): the role counts above are stated ones. */
  readonly inferred: number;
  /** Lowest and highest confidence of the inferred responsibilities, null without any. */
  readonly inferredConfidenceMin: number | null;
  readonly inferredConfidenceMax: number | null;
  /** The projects or goals behind the cell, so the explorer can open the clauses. */
  readonly itemIds: string[];
}

export interface OwnershipMatrix {
  readonly departments: GraphNodeView[];
  /** Sector types (shared across regions), so several regions line up in one matrix. */
  readonly columns: GraphNodeView[];
  readonly cells: MatrixCell[];
  readonly unowned: GraphNodeView[];
  readonly topLeads: {
    readonly department: GraphNodeView;
    readonly lead: number;
    readonly support: number;
    readonly coResponsible: number;
    readonly presumedLead: number;
  }[];
}

export interface OwnershipClause {
  readonly project: GraphNodeView;
  readonly department: GraphNodeView;
  /** lead / support / co-responsible, as the text states it (or as inferred). */
  readonly role: string;
  /** The first unit of a plain list: presumed to lead, not stated. */
  readonly presumedLead: boolean;
  readonly basis: string;
  readonly confidence: number | null;
  readonly evidence: Evidence[];
  /** What the project serves, when the plan says so. */
  readonly goals: GraphNodeView[];
  readonly sectors: GraphNodeView[];
}

export interface OwnershipTrace {
  readonly root: GraphNodeView;
  readonly stated: OwnershipClause[];
  readonly inferred: OwnershipClause[];
  readonly indicators: GraphNodeView[];
}

export interface StrategyInRegion {
  readonly region: string;
  /** Goals and projects of the region that apply the strategy. */
  readonly tasks: number;
  readonly quotes: StrategyQuote[];
}

export interface SharedStrategy {
  readonly strategy: GraphNodeView;
  /** 'mined' for phrases found by phrase mining, else the lexicon entry's source document. */
  readonly source: string;
  readonly regions: StrategyInRegion[];
}

/** A fact whose evidence lies in a document passage: which node, and where in the text. */
export interface PassageFact {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly section: readonly string[];
}

/** A bounded window of a stored document's text, [start, end) in the offsets evidence uses, with the facts in it. */
export interface DocumentPassage {
  readonly documentId: string;
  readonly title: string;
  /** The whole text's length, so a reader knows what lies before and after. */
  readonly length: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly facts: readonly PassageFact[];
  /** Facts in the window past the cap. */
  readonly factsLeftOut: number;
}
