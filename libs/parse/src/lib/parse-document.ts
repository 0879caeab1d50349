import { splitLines } from './lines';
import { extractMetadata } from './metadata/extract-metadata';
import { normalizeText } from './normalize/normalize-text';
import { buildOutline, OutlineOptions } from './outline/build-outline';
import { tableOfContentsLines } from './outline/table-of-contents';
import { segmentParagraphs } from './paragraphs/segment-paragraphs';
import type { ParsedDocument, Section } from './parsed-document';
import { rebuildTables } from './tables/rebuild-tables';
import { spacesInOriginal } from './tables/spaced-rows';

export type ParseOptions = OutlineOptions;

/** Text of a plan → normalized text with offset map, metadata, outline, paragraphs and rebuilt tables. */
export function parseDocument(originalText: string, options: ParseOptions = {}): ParsedDocument {
  const mapped = normalizeText(originalText);
  const text = mapped.text;
  const lines = splitLines(text);
  const toc = tableOfContentsLines(lines);

  // Tables are found before the outline so their cells ("1", "2.5") are never mistaken for headings; their
  // section is resolved lazily once the outline exists.
  let sectionLookup: (offset: number) => number = () => 0;
  const rebuilt = rebuildTables(text, lines, (offset) => sectionLookup(offset), spacesInOriginal(originalText, mapped));
  const skipped = new Set<number>([...toc, ...rebuilt.lines]);
  const outline = buildOutline(text, lines, skipped, options);
  const sections = outline.sections;
  const sectionIndexAt = innermostSectionFinder(sections);
  sectionLookup = sectionIndexAt;
  const tables = rebuilt.tables.map((table) => ({ ...table, section: sectionIndexAt(table.start) }));
  const paragraphs = segmentParagraphs(text, lines, outline.headings, skipped, sectionIndexAt);

  return {
    originalText,
    text,
    metadata: extractMetadata(text, lines),
    sections,
    paragraphs,
    tables,
    toOriginal: (start: number, end: number) => mapped.toOriginal(start, end),
    sectionAt: (offset: number) => sections[sectionIndexAt(offset)],
  };
}

/** Sections are in document order and nested, so the innermost one containing an offset is the last that starts
 * at or before it and still spans it. */
function innermostSectionFinder(sections: readonly Section[]): (offset: number) => number {
  const starts = sections.map((section) => section.span.start);
  return (offset: number) => {
    let low = 1;
    let high = sections.length - 1;
    let candidate = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle] <= offset) {
        candidate = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    let index: number | null = candidate;
    while (index !== null && index > 0 && !(offset >= sections[index].span.start && offset < sections[index].span.end)) {
      index = sections[index].parent;
    }
    return index ?? 0;
  };
}
