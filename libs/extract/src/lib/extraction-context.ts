import { documentNodeId, documentScopedId, type DocumentScopedKind, type Evidence } from '@policygraph/graph-types';
import type { ParsedDocument } from '@policygraph/parse';
import { GraphAccumulator } from './graph/graph-accumulator';

export interface IndicatorEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: 'target' | 'result';
  readonly metric: string | null;
  /** targetYear of a target, observedYear of a result. */
  readonly year: number | null;
  /** Normalized start of its statement. */
  readonly start: number;
  /** Normalized end of its statement. */
  readonly end: number;
}

/** What every extractor gets: the parsed document, where to put facts, and how to cite the text. */
export class ExtractionContext {
  readonly graph = new GraphAccumulator();
  /** Project ids by the normalized start of their task item, so goals can find the projects pursuing them. */
  readonly projectsByStart = new Map<number, string>();
  /** Project ids by name as written (quotes and spaces folded): a project named twice in a document is one node. */
  readonly projectsByName = new Map<string, string>();
  /** What each Project's name says after a place or year qualifying it (肃南县2022年“…”活动 → “…”活动), see addProject. */
  readonly projectNamesAfterQualifier = new Set<string>();
  /** Text each project covers (its item and elaboration), for places it is located in. */
  readonly projectScopes: Array<{ id: string; start: number; end: number }> = [];
  /** Indicators in the order they were added, for rules that relate them (a result to the target of its metric). */
  readonly indicators: IndicatorEntry[] = [];
  /**
   * Indicator ids by what they state (kind, name as written, value, unit, year): a target stated twice in a document
   * (in its goals and again in its chapter) is one node with both quotes.
   */
  readonly indicatorsByStatement = new Map<string, string>();
  /** Goal ids by the section that states them; facts inside a section serve its nearest goal. */
  readonly goalsBySection = new Map<number, string>();
  /** The plan's own goal (its 发展目标 section, else its title), pursued by tasks outside any sector. */
  documentGoalId: string | null = null;
  /** The aggregate sector the whole plan is about (服务业, 国民经济和社会发展). */
  documentSectorId: string | null = null;
  regionNodeId: string | null = null;

  /** Goal of the innermost section (or ancestor) that has one, else the plan's own goal. */
  goalFor(offset: number): string | null {
    for (let section: number | null = this.document.sectionAt(offset).index; section !== null; section = this.document.sections[section].parent) {
      const goal = this.goalsBySection.get(section);
      if (goal) return goal;
    }
    return this.documentGoalId;
  }

  constructor(
    readonly documentId: string,
    readonly document: ParsedDocument,
  ) {}

  get documentNodeId(): string {
    return (this.nodeId ??= documentNodeId(this.documentId));
  }

  private nodeId: string | null = null;
  /** The last span mapped to the original text: a fact's id and its evidence map the same span one after the other. */
  private lastSpan: { start: number; end: number; original: { start: number; end: number } } | null = null;

  private toOriginal(start: number, end: number): { start: number; end: number } {
    const last = this.lastSpan;
    if (last !== null && last.start === start && last.end === end) return last.original;
    const original = this.document.toOriginal(start, end);
    this.lastSpan = { start, end, original };
    return original;
  }

  /** Evidence for a NORMALIZED span: offsets and quote come from the original text, section from the outline. */
  evidence(start: number, end: number): Evidence {
    const original = this.toOriginal(start, end);
    return {
      documentId: this.documentId,
      start: original.start,
      end: original.end,
      quote: this.document.originalText.slice(original.start, original.end),
      // The section's own path (read-only on both sides): a copy per fact was garbage for nothing.
      section: this.document.sectionAt(start).path,
    };
  }

  /** Original start offset of a normalized position: the key of document-scoped node ids. */
  originalStart(start: number, end: number): number {
    return this.toOriginal(start, end).start;
  }

  scopedId(kind: DocumentScopedKind, start: number, end: number): string {
    return documentScopedId(kind, this.documentId, this.originalStart(start, end));
  }
}
