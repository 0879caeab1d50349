import type { CoverageNote, ExtractionResult } from '@policygraph/graph-types';

/** Sections listed in the summary's coverage part; the JSON output has them all. */
const NOTE_SECTIONS_SHOWN = 5;

/** A readable table per label: counts and the first few names, for eyeballing an extraction. */
export function formatSummary(result: ExtractionResult): string {
  const { document } = result;
  const lines = [
    `${document.id}: ${document.title}`,
    `  region ${document.region ?? '?'} · issuer ${document.issuer ?? '?'} · ${document.docNumber ?? 'no doc number'} · issued ${document.issuedOn ?? '?'} · period ${document.period.start ?? '?'}–${document.period.end ?? '?'}`,
  ];
  const byLabel = new Map<string, string[]>();
  for (const node of result.nodes) byLabel.set(node.label, [...(byLabel.get(node.label) ?? []), node.name]);
  for (const [label, names] of [...byLabel].sort((a, b) => b[1].length - a[1].length)) {
    const sample = names.slice(0, 4).map((n) => (n.length > 24 ? `${n.slice(0, 24)}…` : n));
    lines.push(`  ${label.padEnd(20)} ${String(names.length).padStart(5)}  ${sample.join(' | ')}`);
  }
  const byType = new Map<string, number>();
  for (const rel of result.relationships) byType.set(rel.type, (byType.get(rel.type) ?? 0) + 1);
  lines.push(`  relationships: ${[...byType].map(([type, count]) => `${type} ${count}`).join(', ')}`);
  if (result.issues.length > 0) lines.push(`  issues: ${result.issues.length} (${[...new Set(result.issues.map((i) => i.code))].join(', ')})`);
  lines.push(...coverageLines(result.notes ?? []));
  return `${lines.join('\n')}\n`;
}

/** Totals of the coverage notes, then the sections with the most fact-like sentences that gave no fact. */
function coverageLines(notes: readonly CoverageNote[]): string[] {
  if (notes.length === 0) return ['  coverage: every fact-like sentence gave a fact'];
  const sentences = notes.reduce((sum, note) => sum + note.sentences, 0);
  const cues = new Map<string, number>();
  for (const note of notes) for (const [cue, count] of Object.entries(note.cues)) cues.set(cue, (cues.get(cue) ?? 0) + (count ?? 0));
  const lines = [
    `  coverage: ${sentences} fact-like sentences in ${notes.length} sections gave no fact (${[...cues].map(([cue, count]) => `${cue} ${count}`).join(', ')})`,
  ];
  const top = [...notes].sort((a, b) => b.sentences - a.sentences).slice(0, NOTE_SECTIONS_SHOWN);
  for (const note of top) {
    const section = note.section.length > 0 ? note.section.map((h) => (h.length > 16 ? `${h.slice(0, 16)}…` : h)).join(' › ') : '(before the first heading)';
    const example = note.examples[0]?.quote ?? '';
    lines.push(`    ${String(note.sentences).padStart(3)}  ${section}  e.g. “${example.length > 40 ? `${example.slice(0, 40)}…` : example}”`);
  }
  if (notes.length > top.length) lines.push(`    … ${notes.length - top.length} more sections (--format json lists them all)`);
  return lines;
}
