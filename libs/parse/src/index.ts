export { parseDocument } from './lib/parse-document';
export type { ParseOptions } from './lib/parse-document';
export type {
  DocumentMetadata,
  Paragraph,
  ParsedDocument,
  Section,
  Sentence,
  Table,
  TableCell,
  TableColumn,
  TableColumnKind,
  TableProblem,
  TableRow,
} from './lib/parsed-document';
export { normalizeText } from './lib/normalize/normalize-text';
export { normalizeCharacters } from './lib/normalize/normalize-characters';
export { isTraditional, toSimplified } from './lib/normalize/traditional-characters';
export { MappedText } from './lib/normalize/mapped-text';
export type { TextSpan } from './lib/normalize/mapped-text';
export { splitSentences } from './lib/paragraphs/segment-paragraphs';
export { headerChromeLines, isPageChromeLine } from './lib/metadata/page-chrome';
export { headerKind, isUnitCell, PERIOD_HEADER } from './lib/tables/table-vocabulary';
export { parseNumeral } from './lib/outline/heading-patterns';
export type { HeadingKind } from './lib/outline/heading-patterns';
export { headingHasRole, sectionHasRole, SECTION_ROLE_HEADINGS } from './lib/outline/section-roles';
export type { SectionRole } from './lib/outline/section-roles';
