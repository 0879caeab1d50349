import { regionId, type ExtractionResult } from '@policygraph/graph-types';
import { parseDocument, type ParsedDocument, type ParseOptions } from '@policygraph/parse';
import { coverageNotes } from './fact-coverage/coverage-notes';
import { DepartmentScope } from './departments/department-nodes';
import { extractResponsibilities } from './departments/extract-responsibilities';
import { addDocumentAndRegion, DocumentFacts } from './document/document-node';
import { ExtractionContext } from './extraction-context';
import { extractTableIndicators } from './indicators/extract-table-indicators';
import { extractResults } from './indicators/extract-results';
import { extractTargetLists, TargetListSpan } from './indicators/extract-target-lists';
import { extractTextIndicators } from './indicators/extract-text-indicators';
import { linkResultsToTargets } from './indicators/link-results-to-targets';
import { extractPlaces } from './places/extract-places';
import { extractLeadTasks } from './projects/extract-lead-tasks';
import { extractNamedUndertakings } from './projects/extract-named-undertakings';
import { extractTableTasks } from './projects/extract-table-tasks';
import { extractDocumentSectorAndGoals } from './sectors/document-sector';
import { extractSectors, SectorSection } from './sectors/extract-sectors';
import { sectorNames } from './sectors/sector-taxonomy';

export interface ExtractOptions {
  readonly documentId: string;
  readonly fileName?: string;
}

interface StageState {
  sectors: SectorSection[];
  /** Target lists already read, which the general running-text rules leave alone. */
  targetLists: TargetListSpan[];
  /** Statements of a year's plan of key projects read with the results (rule year-plan-of-projects), which the
   * running-text rules leave alone too. */
  planned: TargetListSpan[];
}
type Stage = (context: ExtractionContext, facts: DocumentFacts, scope: DepartmentScope, state: StageState) => void;

/** Extraction stages in dependency order: later stages link to facts earlier ones created (goals before indicators
 * and projects, projects before places). */
const STAGES: ReadonlyArray<{ name: string; run: Stage }> = [
  { name: 'document sector and goals', run: (context) => extractDocumentSectorAndGoals(context) },
  { name: 'sectors', run: (context, _facts, _scope, state) => void (state.sectors = extractSectors(context)) },
  { name: 'table indicators', run: (context, _facts, scope) => void extractTableIndicators(context, scope) },
  { name: 'target lists', run: (context, _facts, _scope, state) => void (state.targetLists = extractTargetLists(context)) },
  {
    name: 'results of the past year',
    run: (context, _facts, _scope, state) => void extractResults(context, state.targetLists, state.planned),
  },
  { name: 'text indicators', run: (context, _facts, _scope, state) => void extractTextIndicators(context, state.targetLists, state.planned) },
  { name: 'results linked to targets', run: (context) => void linkResultsToTargets(context) },
  { name: 'responsibilities', run: (context, _facts, scope) => void extractResponsibilities(context, scope) },
  { name: 'table tasks', run: (context, _facts, scope) => void extractTableTasks(context, scope) },
  { name: 'lead tasks', run: (context, _facts, _scope, state) => void extractLeadTasks(context, state.sectors) },
  { name: 'named undertakings', run: (context) => void extractNamedUndertakings(context) },
  { name: 'places', run: (context, facts) => void extractPlaces(context, facts.region) },
];

/**
 * How to parse a document for extraction: headings that run into their body ("1.旅游文化坚持…") end after a known
 * sector name. Pass it to parseDocument, then the parsed document to extract.
 */
export const EXTRACTION_PARSE_OPTIONS: ParseOptions = { knownHeadingTerm: (title: string): number => sectorNames().longestPrefix(title) };

/**
 * Extract one parsed plan's graph: region → sector → goal → indicator → project → department, every fact with
 * evidence into `parsed.originalText`. Deterministic (same input, same ids and order) and total: content problems,
 * and any stage that fails on unexpected input, are reported as issues instead of thrown. `parsed` should come from
 * parseDocument(text, EXTRACTION_PARSE_OPTIONS).
 */
export function extract(parsed: ParsedDocument, options: ExtractOptions): ExtractionResult {
  const context = new ExtractionContext(options.documentId, parsed);
  const facts = addDocumentAndRegion(context, options.fileName);
  context.regionNodeId = facts.region ? regionId(facts.region.name) : null;
  const state: StageState = { sectors: [], targetLists: [], planned: [] };
  const scope: DepartmentScope = facts.region
    ? { regionName: facts.region.name, regionLevel: facts.region.level, known: true }
    : { regionName: '未知地区', regionLevel: 'province', known: false };
  for (const stage of STAGES) {
    try {
      stage.run(context, facts, scope, state);
    } catch (error) {
      context.graph.addIssue({
        code: 'EXTRACTION_STAGE_FAILED',
        message: `The ${stage.name} stage failed and its facts are missing: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  const graph = context.graph.result();
  return { document: facts.meta, ...graph, notes: coverageNotes(context.document, options.documentId, graph) };
}

/** Parse and extract in one call, for callers that keep no parsed document (evaluation, benchmarks, tests). */
export function extractDocument(text: string, options: ExtractOptions): ExtractionResult {
  return extract(parseDocument(text, EXTRACTION_PARSE_OPTIONS), options);
}
