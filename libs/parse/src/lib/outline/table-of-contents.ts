import type { Line } from '../lines';

/**
 * Long plans (纲要) print a table of contents (目录) that repeats every heading. Its lines must not become sections.
 * The contents run from the 目录 line to the line before the first entry appears a second time.
 */
export function tableOfContentsLines(lines: readonly Line[]): Set<number> {
  const skipped = new Set<number>();
  const tocLine = lines.find((line) => /^目\s*录$/.test(line.content));
  if (!tocLine) return skipped;
  const firstEntry = lines.find((line) => line.index > tocLine.index && line.content.length > 0);
  if (!firstEntry) return skipped;
  const repeat = lines.find((line) => line.index > firstEntry.index && line.content === firstEntry.content);
  if (!repeat) return skipped;
  for (let i = tocLine.index; i < repeat.index; i++) skipped.add(i);
  return skipped;
}
