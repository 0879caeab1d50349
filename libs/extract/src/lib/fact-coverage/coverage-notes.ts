import type { CoverageCue, CoverageNote, Evidence, GraphNode, GraphRelationship } from '@policygraph/graph-types';
import type { ParsedDocument } from '@policygraph/parse';

/** A number with a unit of measure: 5%, 1.22万个, 3534.6亿元, 1600公里, 95万亩 (full-width digits are normalized). */
const NUMBER_WITH_UNIT =
  /\d+(?:\.\d+)?\s*(?:%|‰|个百分点|万亿元|亿元|万元|元|万人次|人次|万人|人|万户|户|万个|个|家|项|座|所|条|处|公里|千米|平方公里|万平方米|平方米|万亩|亩|公顷|万吨|吨|万千瓦|千瓦时|千瓦|万标箱|标准箱|辆|艘|台|套|张|床|倍)/;
/** A year the value belongs to: a written year, or the report's own (今年, 年底前, 全年). */
const YEAR = /(?:19|20)\d{2}年|今年|明年|年底前|年内|全年/;
/** A department-like name ending the way offices do, followed by what ends a name (punctuation or a marker). */
const DEPARTMENT = /(?:省|市|县|区|州|盟|旗|各)[\u4e00-\u9fa5]{0,12}?(?:局|厅|委|办|部门|政府)(?=[、，。；：）)\s]|负责|牵头|配合|会同|等|$)/;
const OWNERSHIP_MARKER = /责任单位|牵头单位|配合单位|参加单位|牵头|负责|配合/;
/** Each cue reads the sentence; the year may also come from its paragraph or section heading (一、2025年工作回顾). */
// Each full pattern runs only where its characters occur (a digit, an office suffix, a marker character): one pass
// over the sentence finds all three (characterCues).
const CUES: ReadonlyArray<readonly [CoverageCue, (sentence: string, characters: number, yearAround: () => boolean) => boolean]> = [
  [
    'number-with-year',
    (sentence, characters, yearAround) => (characters & DIGIT) !== 0 && NUMBER_WITH_UNIT.test(sentence) && (YEAR.test(sentence) || yearAround()),
  ],
  ['department', (sentence, characters) => (characters & OFFICE_SUFFIX) !== 0 && DEPARTMENT.test(sentence)],
  ['ownership-marker', (sentence, characters) => (characters & MARKER_CHARACTER) !== 0 && OWNERSHIP_MARKER.test(sentence)],
];
const DIGIT = 1;
/** 局 厅 委 办 门 府: the last characters DEPARTMENT can end with. */
const OFFICE_SUFFIX = 2;
/** 责 牵 负 配 参: the first characters of OWNERSHIP_MARKER's words. */
const MARKER_CHARACTER = 4;
/** The cue bit of every UTF-16 unit (0 for most). */
const CHARACTER_CUES = new Uint8Array(0x10000);
for (let code = 0x30; code <= 0x39; code++) CHARACTER_CUES[code] = DIGIT;
for (const character of '局厅委办门府') CHARACTER_CUES[character.charCodeAt(0)] = OFFICE_SUFFIX;
for (const character of '责牵负配参') CHARACTER_CUES[character.charCodeAt(0)] = MARKER_CHARACTER;

/**
 * Which of DIGIT, OFFICE_SUFFIX and MARKER_CHARACTER occur in text[start, end): a sentence's span of the document's
 * text, read there rather than in the sentence's own text, a slice (each character read through a slice costs more).
 */
function characterCues(text: string, start: number, end: number): number {
  let found = 0;
  for (let i = start; i < end && found !== 7; i++) found |= CHARACTER_CUES[text.charCodeAt(i)];
  return found;
}

/** The addressee line of a notice, before its first heading: bodies (各… among them) up to a closing colon. */
const ADDRESSEES = /^(?=[^。；]*各)[^。；]{2,160}[：:]$/;

/** Examples per section, and the longest quote of one (a long sentence is cut; the offsets say where). */
const EXAMPLES_PER_SECTION = 3;
const MAX_EXAMPLE = 120;

/**
 * Sentences that look like facts (a number with a unit and a year, a department-like name, an ownership marker) but
 * overlap no extracted fact, grouped per section in text order: what a user should check by hand. Pure.
 */
export function coverageNotes(
  document: ParsedDocument,
  documentId: string,
  facts: { readonly nodes: readonly GraphNode[]; readonly relationships: readonly GraphRelationship[] },
): CoverageNote[] {
  const covered = coveredSpans(facts);
  const bySection = new Map<number, { sentences: number; cues: Partial<Record<CoverageCue, number>>; examples: Evidence[] }>();
  let span = 0;
  const yearInHeadings = document.sections.map((section) => section.path.some((heading) => YEAR.test(heading)));
  for (const paragraph of document.paragraphs) {
    // The addressees of a notice (各市、县人民政府，省政府各部门：) name bodies but state no fact.
    if (paragraph.section === 0 && ADDRESSEES.test(paragraph.text.trim())) continue;
    let yearInParagraph: boolean | null = null;
    // Looked up only for a sentence with a number and no year of its own.
    const yearAround = (): boolean => (yearInParagraph ??= yearInHeadings[paragraph.section] || YEAR.test(paragraph.text));
    for (const sentence of paragraph.sentences) {
      // Most sentences show no cue: the list is allocated only for one that does.
      let shown: CoverageCue[] | null = null;
      const characters = characterCues(document.text, sentence.start, sentence.end);
      if (characters === 0) continue;
      for (const [cue, test] of CUES) if (test(sentence.text, characters, yearAround)) (shown ??= []).push(cue);
      if (shown === null) continue;
      const original = document.toOriginal(sentence.start, sentence.end);
      // Facts and sentences both advance through the text: skip the spans ending before this sentence.
      while (span < covered.count && covered.ends[span] <= original.start) span++;
      if (overlapsAny(covered, span, original.start, original.end)) continue;
      const note = bySection.get(paragraph.section) ?? { sentences: 0, cues: {}, examples: [] };
      note.sentences++;
      for (const cue of shown) note.cues[cue] = (note.cues[cue] ?? 0) + 1;
      if (note.examples.length < EXAMPLES_PER_SECTION) {
        const end = Math.min(original.end, original.start + MAX_EXAMPLE);
        const section = document.sections[paragraph.section];
        note.examples.push({ documentId, start: original.start, end, quote: document.originalText.slice(original.start, end), section: [...section.path] });
      }
      bySection.set(paragraph.section, note);
    }
  }
  return [...bySection].map(([section, note]) => ({ section: [...document.sections[section].path], ...note }));
}

/** Merged spans: [starts[i], ends[i]) for i < count, by start. */
interface CoveredSpans {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Original-text spans of every fact's evidence, sorted by start, overlapping spans merged (flat arrays: one per fact
 * evidence would be many small objects). */
function coveredSpans(facts: { readonly nodes: readonly GraphNode[]; readonly relationships: readonly GraphRelationship[] }): CoveredSpans {
  let total = 0;
  for (const item of facts.nodes) total += item.evidence.length;
  for (const item of facts.relationships) total += item.evidence.length;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  let at = 0;
  for (const items of [facts.nodes, facts.relationships]) {
    for (const item of items) {
      for (const evidence of item.evidence) {
        starts[at] = evidence.start;
        ends[at] = evidence.end;
        at++;
      }
    }
  }
  // Merging depends only on the order of starts, so spans sharing a start may come in any order. Each span is one
  // number, start · total + index, sorted without a comparator (a comparator call per comparison cost more than the
  // rest of this function); offsets and counts are far below 2^26, so the product stays an exact integer. V8 sorts
  // 32-bit integers twice as fast as doubles: they are used whenever every key fits.
  let largestStart = 0;
  for (let i = 0; i < total; i++) largestStart = Math.max(largestStart, starts[i]);
  const order = largestStart * total + total <= 0xffffffff ? new Uint32Array(total) : new Float64Array(total);
  for (let i = 0; i < total; i++) order[i] = starts[i] * total + i;
  order.sort();
  const merged = { count: 0, starts: new Int32Array(total), ends: new Int32Array(total) };
  for (let k = 0; k < total; k++) {
    const index = order[k] % total;
    const start = starts[index];
    const end = ends[index];
    const last = merged.count - 1;
    if (last >= 0 && start <= merged.ends[last]) merged.ends[last] = Math.max(merged.ends[last], end);
    else {
      merged.starts[merged.count] = start;
      merged.ends[merged.count] = end;
      merged.count++;
    }
  }
  return merged;
}

function overlapsAny(spans: CoveredSpans, from: number, start: number, end: number): boolean {
  for (let i = from; i < spans.count && spans.starts[i] < end; i++) if (spans.ends[i] > start) return true;
  return false;
}
