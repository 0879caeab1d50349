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
// Each full pattern runs only where a cheap test finds its characters (a digit, an office suffix, a marker character).
const CUES: ReadonlyArray<readonly [CoverageCue, (sentence: string, yearAround: () => boolean) => boolean]> = [
  ['number-with-year', (sentence, yearAround) => DIGIT.test(sentence) && NUMBER_WITH_UNIT.test(sentence) && (YEAR.test(sentence) || yearAround())],
  ['department', (sentence) => OFFICE_SUFFIX.test(sentence) && DEPARTMENT.test(sentence)],
  ['ownership-marker', (sentence) => MARKER_CHARACTER.test(sentence) && OWNERSHIP_MARKER.test(sentence)],
];
const DIGIT = /\d/;
const OFFICE_SUFFIX = /[局厅委办门府]/;
const MARKER_CHARACTER = /[责牵负配参]/;
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
    let yearInParagraph: boolean | null = null;
    // Looked up only for a sentence with a number and no year of its own.
    const yearAround = (): boolean => (yearInParagraph ??= yearInHeadings[paragraph.section] || YEAR.test(paragraph.text));
    for (const sentence of paragraph.sentences) {
      const shown = CUES.filter(([, test]) => test(sentence.text, yearAround)).map(([cue]) => cue);
      if (shown.length === 0) continue;
      const original = document.toOriginal(sentence.start, sentence.end);
      // Facts and sentences both advance through the text: skip the spans ending before this sentence.
      while (span < covered.length && covered[span][1] <= original.start) span++;
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

/** Original-text spans of every fact's evidence, sorted by start, overlapping spans merged. */
function coveredSpans(facts: { readonly nodes: readonly GraphNode[]; readonly relationships: readonly GraphRelationship[] }): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const item of [...facts.nodes, ...facts.relationships]) for (const evidence of item.evidence) spans.push([evidence.start, evidence.end]);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function overlapsAny(spans: ReadonlyArray<readonly [number, number]>, from: number, start: number, end: number): boolean {
  for (let i = from; i < spans.length && spans[i][0] < end; i++) if (spans[i][1] > start) return true;
  return false;
}
