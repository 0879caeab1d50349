import type { ExtractionResult } from '@policygraph/graph-types';

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
  return `${lines.join('\n')}\n`;
}
