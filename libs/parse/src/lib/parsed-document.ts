import type { HeadingKind } from './outline/heading-patterns';
import type { TextSpan } from './normalize/mapped-text';

/** All spans below are into the NORMALIZED text; `toOriginal` maps them back for evidence. */
export interface Section {
  readonly index: number;
  readonly kind: HeadingKind | 'root';
  readonly depth: number;
  readonly parent: number | null;
  /** Numbering as written, e.g. （二）. */
  readonly marker: string;
  /** Title without the numbering, e.g. 推动物流转型. */
  readonly title: string;
  /** Marker + title, as used in evidence section paths, e.g. （二）推动物流转型. */
  readonly heading: string;
  readonly headingSpan: TextSpan;
  /** Whole section: heading start to the start of the next section at the same or a higher level. */
  readonly span: TextSpan;
  /** Headings from the outermost section down to this one. */
  readonly path: readonly string[];
}

export interface Sentence extends TextSpan {
  readonly text: string;
}

export interface Paragraph extends TextSpan {
  readonly text: string;
  /** Innermost section containing the paragraph (0 = document root). */
  readonly section: number;
  readonly sentences: readonly Sentence[];
}

/**
 * `progress`: what was done by a date (1-10月推进情况, 是否达序): a report on the task, neither a task nor a target.
 * `weight`: the score an item carries in an assessment (分值 3, 权重 0.5): neither a value of the indicator nor a task.
 */
export type TableColumnKind =
  'serial' | 'category' | 'name' | 'unit' | 'value' | 'attribute' | 'department' | 'deadline' | 'person' | 'text' | 'progress' | 'weight';

export interface TableColumn {
  readonly header: string;
  readonly kind: TableColumnKind;
}

export interface TableCell extends TextSpan {
  readonly column: number;
  readonly text: string;
  /** True when the cell was merged with the one above in the original table and is repeated from there. */
  readonly inherited: boolean;
}

export interface TableRow extends TextSpan {
  readonly serial: number | null;
  readonly cells: readonly TableCell[];
}

export interface Table extends TextSpan {
  /** Caption line before the header, e.g. 专栏1 重庆市现代服务业主要发展目标. */
  readonly caption: string | null;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly section: number;
  /** Notes found while rebuilding (missing cells, unparsable rows). */
  readonly problems: readonly TableProblem[];
}

export interface TableProblem extends TextSpan {
  readonly code: string;
  readonly message: string;
}

export interface DocumentMetadata {
  readonly title: string;
  readonly titleSpan: TextSpan | null;
  readonly issuer: string | null;
  readonly issuerSpan: TextSpan | null;
  readonly docNumber: string | null;
  readonly docNumberSpan: TextSpan | null;
  readonly issuedOn: string | null;
  readonly issuedOnSpan: TextSpan | null;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  readonly periodSpan: TextSpan | null;
  /** Where a report or speech was delivered, as written ("辽宁省第十四届人民代表大会第五次会议"'s "辽宁省"), or null. */
  readonly occasion: string | null;
  readonly occasionSpan: TextSpan | null;
  /** The speaker's office and name under a report's title ("四川省人民政府省长 施小琳"), or null. */
  readonly signature: string | null;
  readonly signatureSpan: TextSpan | null;
}

export interface ParsedDocument {
  readonly originalText: string;
  /** Normalized text every span refers to. */
  readonly text: string;
  readonly metadata: DocumentMetadata;
  /** Sections in document order; index 0 is the root (whole document, empty path). */
  readonly sections: readonly Section[];
  readonly paragraphs: readonly Paragraph[];
  readonly tables: readonly Table[];
  /** Map a normalized span to the original text. */
  toOriginal(start: number, end: number): TextSpan;
  /** Innermost section containing a normalized offset. */
  sectionAt(offset: number): Section;
}
