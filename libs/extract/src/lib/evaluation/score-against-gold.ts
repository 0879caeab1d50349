import type { Evidence, ExtractionResult, GraphNode } from '@policygraph/graph-types';
import { metricKey } from '../indicators/metric-key';
import { toSimplified } from '@policygraph/parse';
import { GoldResponsibility, Mismatch, OwnershipScore, scoreOwnership } from './score-ownership';

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
  /** Units by role as the text states it (lead / support / co-responsible), tagged with the convention that says so. */
  readonly responsibilities?: readonly GoldResponsibility[];
  readonly indicators?: ReadonlyArray<GoldIndicator>;
  /** Named undertakings (Project nodes): 工程, 项目, 行动, 计划, 中心 … and items of a list the text calls projects. */
  readonly projects?: ReadonlyArray<{ name: string }>;
  /** Tasks the plan assigns without a name of their own (Task nodes): run-in headings such as 推进设施高端化. */
  readonly tasks?: ReadonlyArray<{ name: string }>;
  readonly sectors?: ReadonlyArray<{ name: string; type: string }>;
  readonly places?: ReadonlyArray<{ name: string; code: string; alternatives?: readonly string[] }>;
  /**
   * Per kind, the parts of the text the gold covers completely. When given, only extracted facts with evidence inside
   * one of the ranges are scored for that kind (so precision is not charged for facts the gold never looked at). A
   * kind without a scope covers the whole document.
   */
  readonly scope?: Partial<Record<GoldKind, readonly GoldRange[]>>;
  /** The indicator gold also lists the targets its scope states in words alone (`qualitative: true`). */
  readonly wordingTargets?: boolean;
}

/**
 * An indicator as the text states it. A target: targetValue (a range's low end), targetHigh (its high end, null when
 * a single value), qualifier (左右, 以上 … or null), unit, targetYear. A result (kind 'result'): observedValue,
 * observedHigh, observedYear. Fields left out are not compared.
 */
export interface GoldIndicator {
  readonly name: string;
  readonly kind?: 'target' | 'result';
  readonly targetValue?: number | null;
  readonly targetHigh?: number | null;
  readonly baseValue?: number | null;
  readonly qualifier?: string | null;
  readonly unit?: string | null;
  readonly targetYear?: number | null;
  readonly observedValue?: number | null;
  readonly observedHigh?: number | null;
  readonly observedYear?: number | null;
  /** A target stated in words alone (居民收入增长和经济增长同步): matched by name and year, no value. */
  readonly qualitative?: boolean;
}

export interface KindScore {
  readonly gold: number;
  readonly extracted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Indicators only: matches of golded indicators whose gold states a qualifier (左右, 以上 … or null), and how many
   * of them also agree on it. */
  readonly qualifiersCompared?: number;
  readonly qualifiersAgreeing?: number;
}

export type GoldKind = 'responsibilities' | 'indicators' | 'projects' | 'tasks' | 'sectors' | 'places';
export type Scores = Partial<Record<GoldKind, KindScore>> & {
  /** Role accuracy, per-convention tallies, misses and false positives of the ownership facts. */
  readonly ownership?: OwnershipScore;
  /** Facts of every scored kind that were missed or extracted without gold, with their quotes. */
  readonly mismatches?: readonly Mismatch[];
};

/**
 * Per-kind precision/recall/F1 of an extraction against gold facts. Pure: no I/O. A kind absent from the gold file is
 * not scored. Matching is one-to-one (each extracted fact can satisfy one gold fact):
 * - responsibilities: (task, department, role) triples; task names compared by containment, departments by alias;
 * - indicators: same kind, value (range high end and year when golded), unit, and overlapping names or metric key;
 * - sectors: same SectorType key; places: same 6-digit code (or a listed alternative); projects: names overlapping.
 * With `gold.scope`, extracted facts of a scoped kind count only when some evidence starts inside a golded range.
 */
export function scoreAgainstGold(result: ExtractionResult, gold: GoldFacts): Scores {
  const inScope = (kind: GoldKind, evidence: readonly Evidence[]): boolean => {
    const ranges = gold.scope?.[kind];
    return ranges === undefined || evidence.some((item) => ranges.some((range) => item.start >= range.start && item.start < range.end));
  };
  const ofLabel = (label: string, kind: GoldKind) => result.nodes.filter((node) => node.label === label && inScope(kind, node.evidence));
  const scores: { -readonly [K in keyof Scores]: Scores[K] } = {};
  const mismatches: Mismatch[] = [];

  if (gold.responsibilities) {
    const ownership = scoreOwnership(result, gold.responsibilities, (evidence) => inScope('responsibilities', evidence), namesOverlap);
    scores.ownership = ownership;
    scores.responsibilities = kindScore(ownership.gold, ownership.extracted, ownership.matched);
    mismatches.push(...ownership.misses, ...ownership.falsePositives);
  }
  if (gold.indicators) {
    // Worded targets are scored only where the gold says it lists them; older gold read numeric targets alone.
    const extracted = ofLabel('Indicator', 'indicators').filter((node) => gold.wordingTargets === true || node.properties['qualitative'] !== true);
    const indicatorScore = score(gold.indicators, extracted, indicatorMatches, {
      kind: 'indicators',
      sink: mismatches,
      want: (want) =>
        `${want.kind === 'result' ? `result ${want.observedYear ?? ''} ` : ''}${want.qualitative ? 'worded ' : ''}${want.name} ${want.targetValue ?? want.observedValue ?? want.baseValue ?? ''}${want.unit ?? ''}`,
    });
    const qualified = gold.indicators.filter((want) => want.qualifier !== undefined);
    const compared = score(qualified, extracted, indicatorMatches).matched;
    const agreeing = score(
      qualified,
      extracted,
      (want, got) => indicatorMatches(want, got) && (got.properties['qualifier'] ?? null) === want.qualifier,
    ).matched;
    scores.indicators = { ...indicatorScore, qualifiersCompared: compared, qualifiersAgreeing: agreeing };
  }
  if (gold.sectors) {
    scores.sectors = score(gold.sectors, ofLabel('Sector', 'sectors'), (want, got) => got.properties['sectorType'] === want.type, {
      kind: 'sectors',
      sink: mismatches,
      want: (want) => `${want.name} (${want.type})`,
    });
  }
  if (gold.places) {
    scores.places = score(
      gold.places,
      ofLabel('Place', 'places'),
      (want, got) => {
        const code = got.properties['code'];
        return code === want.code || (want.alternatives ?? []).includes(String(code));
      },
      { kind: 'places', sink: mismatches, want: (want) => `${want.name} (${want.code})` },
    );
  }
  for (const [kind, label] of [
    ['projects', 'Project'],
    ['tasks', 'Task'],
  ] as const) {
    const wanted = gold[kind];
    if (!wanted) continue;
    scores[kind] = score(
      wanted,
      ofLabel(label, kind),
      (want, got) => namesOverlap(got.name, want.name),
      { kind, sink: mismatches, want: (want) => want.name },
      (want, got) => compact(got.name) === compact(want.name),
    );
  }
  scores.mismatches = mismatches;
  return scores;
}

/**
 * An extracted indicator states the golded one when its kind, value (target, or observed for a result; a range's high
 * end too when golded), unit and year agree and it names the same thing: names overlapping, or the same metric key
 * (经济增长 and 地区生产总值增长 are both gdp-growth).
 */
function indicatorMatches(want: GoldIndicator, got: GraphNode): boolean {
  const p = got.properties;
  const same = (field: keyof GoldIndicator, property: string): boolean => want[field] === undefined || (p[property] ?? null) === want[field];
  if ((want.kind ?? 'target') !== (p['kind'] ?? 'target')) return false;
  let valueMatches: boolean;
  if (want.qualitative) {
    valueMatches = p['qualitative'] === true && (want.targetYear == null || p['targetYear'] === want.targetYear);
  } else if (want.kind === 'result') {
    valueMatches =
      want.observedValue != null && p['observedValue'] === want.observedValue && same('observedHigh', 'observedHigh') && same('observedYear', 'observedYear');
  } else {
    valueMatches =
      ((want.targetValue !== undefined && want.targetValue !== null && p['targetValue'] === want.targetValue) ||
        (want.targetValue == null && want.baseValue != null && p['baseValue'] === want.baseValue)) &&
      same('targetHigh', 'targetHigh') &&
      (want.targetYear == null || p['targetYear'] === want.targetYear);
  }
  const unitMatches = !want.unit || p['unit'] === want.unit;
  const wantMetric = metricKey(want.name);
  const nameMatches = namesOverlap(got.name, want.name) || (wantMetric !== null && wantMetric === (p['metric'] ?? metricKey(got.name)));
  return valueMatches && unitMatches && nameMatches;
}

/** How to name the unmatched facts of a kind in the report. */
interface MismatchReport<G> {
  readonly kind: GoldKind;
  readonly sink: Mismatch[];
  readonly want: (gold: G) => string;
}

/**
 * Greedy one-to-one matching in gold order; precision over all extracted facts of the kind. With `exact`, a gold fact
 * first takes an extracted one that `exact` accepts (the same name), so a longer name that merely contains it (the task
 * 投资3000万元建设…养殖基地 for the project …养殖基地) does not take its place.
 */
function score<G, E extends GraphNode>(
  gold: readonly G[],
  extracted: readonly E[],
  matches: (want: G, got: E) => boolean,
  report?: MismatchReport<G>,
  exact?: (want: G, got: E) => boolean,
): KindScore {
  const used = new Set<number>();
  const taken = new Map<number, number>();
  if (exact) {
    gold.forEach((want, w) => {
      const index = extracted.findIndex((got, i) => !used.has(i) && exact(want, got) && matches(want, got));
      if (index >= 0) {
        used.add(index);
        taken.set(w, index);
      }
    });
  }
  let matched = 0;
  gold.forEach((want, w) => {
    const index = taken.get(w) ?? extracted.findIndex((got, i) => !used.has(i) && matches(want, got));
    if (index >= 0) {
      used.add(index);
      matched++;
    } else if (report) {
      report.sink.push({ kind: report.kind, text: report.want(want) });
    }
  });
  if (report) {
    extracted.forEach((got, i) => {
      if (!used.has(i)) report.sink.push({ kind: report.kind, text: got.name, quote: got.evidence[0]?.quote });
    });
  }
  return kindScore(gold.length, extracted.length, matched);
}

function kindScore(gold: number, extracted: number, matched: number): KindScore {
  const precision = extracted === 0 ? (gold === 0 ? 1 : 0) : matched / extracted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, extracted, matched, precision, recall, f1 };
}

/**
 * Names written slightly differently (全省实现金融业增加值 vs 金融业增加值, 产业城(一期) vs 产业城（一期）) still name
 * the same thing: gold keeps the text's ASCII brackets while extracted names may carry full-width ones.
 */
function namesOverlap(a: string, b: string): boolean {
  const x = compact(a);
  const y = compact(b);
  if (x.length === 0 || y.length === 0) return false;
  return x.includes(y) || y.includes(x);
}

/** Gold of a page in Traditional characters keeps them; extracted names are read as Simplified. */
function compact(value: string): string {
  return toSimplified(value)
    .replace(/[\s“”"。，、]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^(全省|全市|我省|我市)(实现)?/, '');
}
