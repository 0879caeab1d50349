import type { ExtractionResult, GraphNode } from '@policygraph/graph-types';
import { toSimplified } from '@policygraph/parse';

/** One gold responsibility: a task and its units by role, names as written; `convention` tags how the text says it. */
export interface GoldResponsibility {
  readonly task: string;
  readonly lead?: readonly string[];
  readonly support?: readonly string[];
  readonly coResponsible?: readonly string[];
  readonly convention?: string;
}

export interface Tally {
  readonly gold: number;
  readonly extracted: number;
  readonly matched: number;
}

export interface ConventionTally {
  readonly gold: number;
  readonly found: number;
  readonly extracted: number;
  readonly right: number;
}

/** A fact that was missed or extracted wrongly, for people reading the report. */
export interface Mismatch {
  readonly kind: string;
  readonly convention?: string;
  readonly text: string;
  readonly quote?: string;
}

export interface OwnershipScore extends Tally {
  /** Gold (task, department) pairs found whatever the role, and of those how many have the gold role. */
  readonly pairsMatched: number;
  readonly rolesMatched: number;
  /** Per convention: gold edges tagged with it (and found), extracted edges read by it (and right). */
  readonly byConvention: Readonly<Record<string, ConventionTally>>;
  readonly misses: readonly Mismatch[];
  readonly falsePositives: readonly Mismatch[];
}

interface Edge {
  readonly task: string;
  readonly department: GraphNode | undefined;
  readonly role: string;
  readonly convention: string;
  readonly quote: string;
}

interface Wanted {
  readonly task: string;
  readonly department: string;
  readonly role: string;
  readonly convention: string;
}

/**
 * Ownership scored as (task, department, role) triples, one-to-one and greedy in gold order: task names compared by
 * containment, departments by alias. Pairs that match whatever the role give the role accuracy (the share of found
 * responsibilities whose stated role is right).
 */
export function scoreOwnership(
  result: ExtractionResult,
  gold: readonly GoldResponsibility[],
  inScope: (evidence: ExtractionResult['relationships'][number]['evidence']) => boolean,
  namesOverlap: (a: string, b: string) => boolean,
): OwnershipScore {
  const nodes = new Map(result.nodes.map((node) => [node.id, node]));
  const extracted: Edge[] = result.relationships
    .filter((rel) => rel.type === 'RESPONSIBLE' && rel.properties['basis'] !== 'inferred' && inScope(rel.evidence))
    .map((rel) => ({
      task: nodes.get(rel.from)?.name ?? '',
      department: nodes.get(rel.to),
      role: String(rel.properties['role']),
      convention: String(rel.properties['convention'] ?? 'unknown'),
      quote: rel.evidence[0]?.quote ?? '',
    }));
  const wanted: Wanted[] = gold.flatMap((entry) => {
    const convention = entry.convention ?? 'untagged';
    return [
      ...(entry.lead ?? []).map((department) => ({ task: entry.task, department, role: 'lead', convention })),
      ...(entry.support ?? []).map((department) => ({ task: entry.task, department, role: 'support', convention })),
      ...(entry.coResponsible ?? []).map((department) => ({ task: entry.task, department, role: 'co-responsible', convention })),
    ];
  });
  const samePair = (want: Wanted, got: Edge): boolean =>
    got.department !== undefined && writtenAs(got.department, want.department) && namesOverlap(got.task, want.task);

  // Triples first, so a right role is never taken by a wrong-role pair; then pairs for the role accuracy.
  const usedTriple = new Set<number>();
  const matchedWant = new Set<number>();
  wanted.forEach((want, w) => {
    const index = extracted.findIndex((got, i) => !usedTriple.has(i) && got.role === want.role && samePair(want, got));
    if (index >= 0) {
      usedTriple.add(index);
      matchedWant.add(w);
    }
  });
  const usedPair = new Set<number>();
  let pairsMatched = 0;
  let rolesMatched = 0;
  for (const want of wanted) {
    const sameRole = extracted.findIndex((got, i) => !usedPair.has(i) && got.role === want.role && samePair(want, got));
    const index = sameRole >= 0 ? sameRole : extracted.findIndex((got, i) => !usedPair.has(i) && samePair(want, got));
    if (index < 0) continue;
    usedPair.add(index);
    pairsMatched++;
    if (extracted[index].role === want.role) rolesMatched++;
  }

  const byConvention: Record<string, { gold: number; found: number; extracted: number; right: number }> = {};
  const bucket = (name: string) => (byConvention[name] ??= { gold: 0, found: 0, extracted: 0, right: 0 });
  wanted.forEach((want, w) => {
    bucket(want.convention).gold++;
    if (matchedWant.has(w)) bucket(want.convention).found++;
  });
  // Precision per convention: an extracted edge is right when it matched a gold triple.
  extracted.forEach((got, i) => {
    bucket(got.convention).extracted++;
    if (usedTriple.has(i)) bucket(got.convention).right++;
  });

  const describe = (task: string, department: string, role: string) => `${task} → ${department} (${role})`;
  return {
    gold: wanted.length,
    extracted: extracted.length,
    matched: matchedWant.size,
    pairsMatched,
    rolesMatched,
    byConvention,
    misses: wanted
      .filter((_, w) => !matchedWant.has(w))
      .map((want) => ({ kind: 'responsibilities', convention: want.convention, text: describe(want.task, want.department, want.role) })),
    falsePositives: extracted
      .filter((_, i) => !usedTriple.has(i))
      .map((got) => ({
        kind: 'responsibilities',
        convention: got.convention,
        text: describe(got.task, got.department?.name ?? '?', got.role),
        quote: got.quote,
      })),
  };
}

/** Department names compared as written, with ASCII and full-width brackets folded (各县(市、区)政府 = 各县（市、区）政府). */
function writtenAs(department: GraphNode, written: string): boolean {
  const aliases = department.properties['aliases'];
  const want = foldPunctuation(written);
  return (
    foldPunctuation(department.name) === want || (Array.isArray(aliases) && (aliases as readonly string[]).some((alias) => foldPunctuation(alias) === want))
  );
}

/** Brackets folded to full width; a page in Traditional characters is read as Simplified, so its gold units are too. */
function foldPunctuation(name: string): string {
  return toSimplified(name).replace(/\(/g, '（').replace(/\)/g, '）');
}
