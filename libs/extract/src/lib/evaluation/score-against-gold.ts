import type { Evidence, ExtractionResult, GraphNode } from '@policygraph/graph-types';

/** A part of the ORIGINAL text ([start, end) UTF-16 offsets, as in Evidence) whose facts of a kind were all golded. */
export interface GoldRange {
  readonly start: number;
  readonly end: number;
  /** Heading of the delimited part, for people reading the gold file. */
  readonly section?: string;
}

/** Hand-checked facts of one document (test/gold/<seed-stem>.json). Names are as written in the text. */
export interface GoldFacts {
  readonly documentId: string;
  readonly region?: string;
  readonly responsibilities?: ReadonlyArray<{ task: string; lead: readonly string[]; support: readonly string[] }>;
  readonly indicators?: ReadonlyArray<{ name: string; targetValue?: number | null; baseValue?: number | null; unit?: string | null; targetYear?: number | null }>;
  readonly projects?: ReadonlyArray<{ name: string }>;
  readonly sectors?: ReadonlyArray<{ name: string; type: string }>;
  readonly places?: ReadonlyArray<{ name: string; code: string; alternatives?: readonly string[] }>;
  /**
   * Per kind, the parts of the text the gold covers completely. When given, only extracted facts with evidence inside
   * one of the ranges are scored for that kind (so precision is not charged for facts the gold never looked at). A
   * kind without a scope covers the whole document.
   */
  readonly scope?: Partial<Record<GoldKind, readonly GoldRange[]>>;
}

export interface KindScore {
  readonly gold: number;
  readonly extracted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export type GoldKind = 'responsibilities' | 'indicators' | 'projects' | 'sectors' | 'places';
export type Scores = Partial<Record<GoldKind, KindScore>>;

/**
 * Per-kind precision/recall/F1 of an extraction against gold facts. Pure: no I/O. A kind absent from the gold file is
 * not scored. Matching is one-to-one (each extracted fact can satisfy one gold fact):
 * - responsibilities: (task, department, role) triples; task names compared by containment, departments by alias;
 * - indicators: same target value (or base value) and unit, names overlapping;
 * - sectors: same SectorType key; places: same 6-digit code (or a listed alternative); projects: names overlapping.
 * With `gold.scope`, extracted facts of a scoped kind count only when some evidence starts inside a golded range.
 */
export function scoreAgainstGold(result: ExtractionResult, gold: GoldFacts): Scores {
  const nodes = new Map(result.nodes.map((node) => [node.id, node]));
  const inScope = (kind: GoldKind, evidence: readonly Evidence[]): boolean => {
    const ranges = gold.scope?.[kind];
    return ranges === undefined || evidence.some((item) => ranges.some((range) => item.start >= range.start && item.start < range.end));
  };
  const ofLabel = (label: string, kind: GoldKind) => result.nodes.filter((node) => node.label === label && inScope(kind, node.evidence));
  const scores: Scores = {};

  if (gold.responsibilities) {
    const extracted = result.relationships
      .filter((rel) => rel.type === 'RESPONSIBLE' && inScope('responsibilities', rel.evidence))
      .map((rel) => ({ task: nodes.get(rel.from)?.name ?? '', department: nodes.get(rel.to), role: String(rel.properties['role']) }));
    const expected = gold.responsibilities.flatMap((entry) => [
      ...entry.lead.map((department) => ({ task: entry.task, department, role: 'lead' })),
      ...entry.support.map((department) => ({ task: entry.task, department, role: 'support' })),
    ]);
    scores.responsibilities = score(expected, extracted, (want, got) =>
      got.role === want.role && namesOverlap(got.task, want.task) && got.department !== undefined && writtenAs(got.department, want.department),
    );
  }
  if (gold.indicators) {
    scores.indicators = score(gold.indicators, ofLabel('Indicator', 'indicators'), (want, got) => {
      const target = got.properties['targetValue'];
      const base = got.properties['baseValue'];
      const valueMatches = (want.targetValue !== undefined && want.targetValue !== null && target === want.targetValue) ||
        (want.targetValue == null && want.baseValue != null && base === want.baseValue);
      const unitMatches = !want.unit || got.properties['unit'] === want.unit;
      return valueMatches && unitMatches && namesOverlap(got.name, want.name);
    });
  }
  if (gold.sectors) {
    scores.sectors = score(gold.sectors, ofLabel('Sector', 'sectors'), (want, got) => got.properties['sectorType'] === want.type);
  }
  if (gold.places) {
    scores.places = score(gold.places, ofLabel('Place', 'places'), (want, got) => {
      const code = got.properties['code'];
      return code === want.code || (want.alternatives ?? []).includes(String(code));
    });
  }
  if (gold.projects) {
    scores.projects = score(gold.projects, ofLabel('Project', 'projects'), (want, got) => namesOverlap(got.name, want.name));
  }
  return scores;
}

/** Greedy one-to-one matching in gold order; precision over all extracted facts of the kind. */
function score<G, E>(gold: readonly G[], extracted: readonly E[], matches: (want: G, got: E) => boolean): KindScore {
  const used = new Set<number>();
  let matched = 0;
  for (const want of gold) {
    const index = extracted.findIndex((got, i) => !used.has(i) && matches(want, got));
    if (index >= 0) {
      used.add(index);
      matched++;
    }
  }
  const precision = extracted.length === 0 ? (gold.length === 0 ? 1 : 0) : matched / extracted.length;
  const recall = gold.length === 0 ? 1 : matched / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold: gold.length, extracted: extracted.length, matched, precision, recall, f1 };
}

function writtenAs(department: GraphNode, written: string): boolean {
  const aliases = department.properties['aliases'];
  return department.name === written || (Array.isArray(aliases) && (aliases as readonly string[]).includes(written));
}

/** Names written slightly differently (全省实现金融业增加值 vs 金融业增加值) still name the same thing. */
function namesOverlap(a: string, b: string): boolean {
  const x = compact(a);
  const y = compact(b);
  if (x.length === 0 || y.length === 0) return false;
  return x.includes(y) || y.includes(x);
}

function compact(value: string): string {
  return value.replace(/[\s“”"。，、]/g, '').replace(/^(全省|全市|我省|我市)(实现)?/, '');
}
