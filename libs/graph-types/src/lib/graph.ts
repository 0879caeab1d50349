import type { Evidence } from './evidence';

export const NODE_LABELS = [
  'Region',
  'Document',
  'Sector',
  'SectorType',
  'Goal',
  'Indicator',
  'Project',
  'Task',
  'Department',
  'Place',
  'Strategy',
  'DepartmentFunction',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'ABOUT', // (Document)->(Region)
  'HAS_SECTOR', // (Region)->(Sector)
  'INSTANCE_OF', // (Sector)->(SectorType)
  'HAS_GOAL', // (Sector)->(Goal)
  'MEASURED_BY', // (Goal)->(Indicator)
  'PURSUED_BY', // (Goal)->(Project|Task)
  'RESPONSIBLE', // (Project|Task|Goal)->(Department) {role, basis, presumedLead?, convention?}
  'REPORTED_BY', // (Indicator)->(Department)
  'OF_REGION', // (Department)->(Region)
  'LOCATED_IN', // (Project|Task)->(Place)
  'PART_OF', // (Region)->(Region), (Place)->(Region)
  'MENTIONS', // (Document)->(Sector|Goal|Project|Task|Indicator|Place): what a document states, for replacement
  'APPLIES', // (Goal|Project|Task)->(Strategy)
  'HAS_FUNCTION', // (Department)->(DepartmentFunction)
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * The role a RESPONSIBLE edge gives a department, only as the text states it: 'lead' where it says so (a 牵头 label,
 * "A牵头", or a document rule such as 列第一位者为牵头部门); 'support' for 配合/参加/参与/协同; otherwise
 * 'co-responsible' (a plain 责任单位 list, split responsibility). On a plain list the first unit carries
 * `presumedLead: true`: the common convention, a presumption and not a statement.
 */
export const RESPONSIBLE_ROLES = ['lead', 'support', 'co-responsible'] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];

export function isResponsibleRole(value: unknown): value is ResponsibleRole {
  return typeof value === 'string' && (RESPONSIBLE_ROLES as readonly string[]).includes(value);
}

/**
 * Indicator nodes state either a target or a result. A target has `targetYear`, `targetValue` (the value, or a
 * range's low end), `targetHigh` (a range's high end), `qualifier` (左右, 以上, 以内, 力争, 按…安排 …) and `unit`; a
 * result (kind 'result': last year's figures in a work report's review, "实现地区生产总值67665亿元，增长5.5%") has
 * `observedYear`, `observedValue`, `observedHigh` and `unit`, and no target fields. `measure` says whether the value
 * is a rate of change (growth 增长5%, decline 下降3%) or the level itself (失业率5.5%, 新增就业50万人); `metric` is
 * the key shared by the same measure across documents (地区生产总值增长 = 经济增长 → gdp-growth).
 */
export type IndicatorKind = 'target' | 'result';
export type IndicatorMeasure = 'growth' | 'decline' | 'level';

export type PropertyScalar = string | number | boolean | null;
export type PropertyValue = PropertyScalar | readonly string[] | readonly number[];
export type Properties = Readonly<Record<string, PropertyValue>>;

export interface GraphNode {
  /** Deterministic: same input, same id. Shared nodes (regions, departments, sector types, places) use keys
   * that do not contain the document id, so two documents meet on them. */
  readonly id: string;
  readonly label: NodeLabel;
  readonly name: string;
  readonly properties: Properties;
  readonly evidence: readonly Evidence[];
}

export interface GraphRelationship {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties: Properties;
  readonly evidence: readonly Evidence[];
}

export interface PlanPeriod {
  readonly start: number | null;
  readonly end: number | null;
}

export interface DocumentMeta {
  readonly id: string;
  readonly title: string;
  /** Canonical region name, e.g. 青海省, 昆明市. */
  readonly region: string | null;
  readonly issuer: string | null;
  readonly docNumber: string | null;
  /** YYYY-MM-DD or null. */
  readonly issuedOn: string | null;
  readonly period: PlanPeriod;
}

export interface ExtractionIssue {
  readonly code: string;
  readonly message: string;
  readonly evidence?: Evidence;
}

/** What makes a sentence look like a fact: a number with a unit and a year, a department-like name, an ownership marker word. */
export const COVERAGE_CUES = ['number-with-year', 'department', 'ownership-marker'] as const;
export type CoverageCue = (typeof COVERAGE_CUES)[number];

/**
 * A coverage note: one section whose sentences look like facts but produced none, so users see what may have been
 * missed. Grouped per section with counts; a few examples, each with exact evidence.
 */
export interface CoverageNote {
  /** Headings from the outermost section down ([] for text before the first heading). */
  readonly section: readonly string[];
  /** Sentences of the section that show a cue and overlap no extracted fact. */
  readonly sentences: number;
  /** How many of those sentences show each cue (a sentence may show several). */
  readonly cues: Readonly<Partial<Record<CoverageCue, number>>>;
  /** The first few of those sentences (quote = text.slice(start, end), long sentences cut). */
  readonly examples: readonly Evidence[];
}

/** What the extractor produces for one document: the contract of `npm run extract -- --format json`. */
export interface ExtractionResult {
  readonly document: DocumentMeta;
  readonly nodes: readonly GraphNode[];
  readonly relationships: readonly GraphRelationship[];
  readonly issues: readonly ExtractionIssue[];
  /** Coverage notes (added field: older results without it still load). */
  readonly notes?: readonly CoverageNote[];
}
