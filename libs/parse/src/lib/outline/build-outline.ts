import type { Line } from '../lines';
import type { Section } from '../parsed-document';
import { HeadingKind, HeadingMarker, matchHeadingMarker, STRUCTURAL_RANK } from './heading-patterns';

export interface OutlineOptions {
  /**
   * Length of a known term (e.g. a sector name) at the start of a heading title, used when the heading runs into
   * its body without punctuation ("1.旅游文化坚持国际化…" → "旅游文化"). Returns 0 when nothing is known.
   */
  readonly knownHeadingTerm?: (title: string) => number;
}

/** A heading found on a line: the title ends at `titleEnd` (normalized offset); the rest of the line is body. */
export interface HeadingLine {
  readonly line: Line;
  readonly marker: HeadingMarker;
  readonly titleEnd: number;
  readonly section: number;
}

export interface Outline {
  readonly sections: Section[];
  readonly headings: Map<number, HeadingLine>;
}

const MAX_TITLE = 40;

/**
 * Build the section tree. Structural headings (篇/章/节/条) have fixed depth; enumerations (一、 （一） 1. （1）
 * 专栏) nest by order of first appearance, the convention every drafting guide follows, so plans that skip a level
 * or start at （一） still nest correctly.
 */
export function buildOutline(text: string, lines: readonly Line[], skippedLines: ReadonlySet<number>, options: OutlineOptions = {}): Outline {
  const sections: MutableSection[] = [
    {
      index: 0,
      kind: 'root',
      depth: 0,
      parent: null,
      marker: '',
      title: '',
      heading: '',
      headingSpan: { start: 0, end: 0 },
      span: { start: 0, end: text.length },
      path: [],
    },
  ];
  const headings = new Map<number, HeadingLine>();
  const stack: Array<{ kind: HeadingKind; section: number }> = [];

  for (const line of lines) {
    if (skippedLines.has(line.index) || line.content.length === 0) continue;
    const marker = matchHeadingMarker(line.content);
    if (!marker || !plausibleHeading(line.content, marker)) continue;

    popForNewHeading(stack, marker.kind);
    const parent = stack.length > 0 ? stack[stack.length - 1].section : 0;
    const titleEndInLine = titleEnd(line.content, marker, options);
    const title = line.content.slice(marker.titleStart, titleEndInLine).replace(/[。．.]$/, '');
    const heading = `${marker.marker}${title}`;
    const index = sections.length;
    sections.push({
      index,
      kind: marker.kind,
      depth: stack.length + 1,
      parent,
      marker: marker.marker,
      title,
      heading,
      headingSpan: { start: line.start, end: line.start + titleEndInLine },
      span: { start: line.start, end: text.length },
      path: [...sections[parent].path, heading],
    });
    stack.push({ kind: marker.kind, section: index });
    headings.set(line.index, { line, marker, titleEnd: line.start + titleEndInLine, section: index });
  }
  closeSpans(sections, text.length);
  return { sections, headings };
}

type MutableSection = { -readonly [K in keyof Section]: Section[K] };

function popForNewHeading(stack: Array<{ kind: HeadingKind; section: number }>, kind: HeadingKind): void {
  const rank = STRUCTURAL_RANK[kind];
  if (rank !== undefined) {
    while (stack.length > 0) {
      const topRank = STRUCTURAL_RANK[stack[stack.length - 1].kind];
      if (topRank !== undefined && topRank < rank) break;
      stack.pop();
    }
    return;
  }
  const existing = stack.findIndex((entry) => entry.kind === kind);
  if (existing >= 0) stack.length = existing;
}

/** Reject numbered lines that are sentences of body text or data rather than headings. */
function plausibleHeading(content: string, marker: HeadingMarker): boolean {
  const rest = content.slice(marker.titleStart);
  if (rest.length === 0) return marker.kind !== 'arabic-enum' && marker.kind !== 'arabic-paren';
  // A numbered value ("1、2、3项") or a heading number glued to a number is data; a year opening the title
  // ("三、2026年重点工作") is a heading.
  if (/^[\d%]/.test(rest) && !/^(?:19|20)\d{2}年/.test(rest) && marker.kind !== 'column') return false;
  return true;
}

function titleEnd(content: string, marker: HeadingMarker, options: OutlineOptions): number {
  const rest = content.slice(marker.titleStart);
  if (marker.kind === 'article') return rest.length <= 20 && !rest.includes('。') ? content.length : marker.titleStart;
  const stop = rest.indexOf('。');
  if (stop >= 0 && stop <= MAX_TITLE) return marker.titleStart + stop + 1;
  if (stop < 0 && rest.length <= MAX_TITLE) return content.length;
  const known = options.knownHeadingTerm?.(rest) ?? 0;
  if (known > 0) return marker.titleStart + known;
  const clause = rest.search(/[，；：]/);
  if (clause > 0 && clause <= MAX_TITLE) return marker.titleStart + clause;
  return marker.titleStart + Math.min(rest.length, 20);
}

function closeSpans(sections: MutableSection[], textLength: number): void {
  for (let i = 1; i < sections.length; i++) {
    let end = textLength;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].depth <= sections[i].depth) {
        end = sections[j].span.start;
        break;
      }
    }
    sections[i].span = { start: sections[i].span.start, end };
  }
}
