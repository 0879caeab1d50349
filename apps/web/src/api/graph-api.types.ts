import type { Evidence, StrategyQuote } from '@policygraph/graph-types';

// Shapes of the GraphQL API (apps/api, code-first) as the explorer reads them. JSON scalars stay `unknown`
// until a module that needs them narrows them.

export type { Evidence };

export interface ApiNode {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly evidence: readonly Evidence[];
}

export interface ApiEdge {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly evidence: readonly Evidence[];
}

/** A node as far as a list needs it. */
export type NodeRef = Pick<ApiNode, 'id' | 'label' | 'name'>;

export interface LeftOut {
  readonly type: string;
  readonly label: string;
  readonly count: number;
}

export interface Subgraph {
  readonly nodes: readonly ApiNode[];
  readonly edges: readonly ApiEdge[];
  readonly leftOut?: readonly LeftOut[];
}

export interface RegionSummary {
  readonly region: ApiNode;
  readonly documents: number;
  readonly departments: number;
}

export interface DocumentSummary {
  readonly document: ApiNode;
  readonly region: string | null;
  readonly counts: Readonly<Record<string, number>>;
}

export interface SearchHit {
  readonly node: ApiNode;
  readonly score: number;
}

export interface GraphPath {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export interface PathsResult extends Subgraph {
  readonly paths: readonly GraphPath[];
}

export interface CypherResult {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  readonly truncated: boolean;
  readonly nodes: readonly ApiNode[];
  readonly edges: readonly ApiEdge[];
  readonly elapsedMs: number;
}

export type { SavedQuery, SavedQueryParam } from '@policygraph/graph-types';

export interface GraphSchema {
  readonly labels: Readonly<Record<string, number>>;
  readonly relationshipTypes: Readonly<Record<string, number>>;
  readonly propertyKeys: readonly string[];
}

export interface IngestReport {
  readonly documentId: string;
  readonly fileName: string;
  readonly status: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly removed: number;
  readonly issues: number;
  readonly encoding: string;
}

/** One cell of the ownership matrix: a department's lead / co-responsible / support counts in one sector type. */
export interface MatrixCell {
  readonly departmentId: string;
  readonly columnId: string;
  /** Stated leads (牵头, or a document rule naming the first listed). */
  readonly lead: number;
  readonly support: number;
  /** Units of lists that state no lead; presumedLead of them are listed first (a presumption, shown as such). */
  readonly coResponsible: number;
  readonly presumedLead: number;
  /** Projects and goals behind the cell. */
  readonly itemIds: readonly string[];
}

export interface LeadCount {
  readonly department: ApiNode;
  readonly lead: number;
  readonly support: number;
  readonly coResponsible: number;
  readonly presumedLead: number;
}

/** Departments × sector types for one or more regions, with the items nobody owns. */
export interface OwnershipMatrix {
  readonly departments: readonly ApiNode[];
  /** SectorType nodes. */
  readonly columns: readonly ApiNode[];
  readonly cells: readonly MatrixCell[];
  /** Goals and projects with no stated owner. */
  readonly unowned: readonly ApiNode[];
  readonly topLeads: readonly LeadCount[];
}

/** One responsibility clause: a department's role for a project, with the quote that says so. */
export interface OwnershipClause {
  /** 'lead', 'support' or 'co-responsible', as the text states it. */
  readonly role: string;
  /** First unit of a list that states no lead: presumed to lead, not stated. */
  readonly presumedLead: boolean;
  readonly basis: string;
  readonly confidence: number | null;
  readonly department: ApiNode;
  readonly project: ApiNode;
  readonly goals: readonly NodeRef[];
  readonly sectors: readonly NodeRef[];
  readonly evidence: readonly Evidence[];
}

export interface OwnershipTrace {
  readonly root: ApiNode;
  readonly stated: readonly OwnershipClause[];
  readonly inferred: readonly OwnershipClause[];
}

export type { StrategyQuote } from '@policygraph/graph-types';

export interface SharedStrategy {
  readonly strategy: ApiNode;
  readonly source: string;
  readonly regions: readonly { readonly region: string; readonly tasks: number; readonly quotes: readonly StrategyQuote[] }[];
}

export type { MetricSummary } from '@policygraph/graph-types';

export type { IndicatorComparisonRow as IndicatorComparison } from '@policygraph/graph-types';
