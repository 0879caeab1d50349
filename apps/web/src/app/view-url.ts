import type { Language } from '../i18n/messages';
import type { LayoutName } from '../features/explorer/explorer-store';

export type Tab = 'explorer' | 'matrix' | 'across' | 'patterns' | 'console' | 'documents';

/** The ownership matrix as a link reopens it: the regions compared, inferred ownership shown or not, the open cell. */
export interface MatrixViewState {
  readonly regions: readonly string[];
  readonly inferred: boolean;
  readonly cell: { readonly departmentId: string; readonly columnId: string } | null;
}

export const DEFAULT_MATRIX_VIEW: MatrixViewState = { regions: [], inferred: false, cell: null };

/** Everything a link must carry to reopen the same view. */
export interface ViewState {
  readonly tab: Tab;
  readonly language: Language;
  readonly layout: LayoutName;
  readonly nodeIds: readonly string[];
  readonly pinned: readonly string[];
  readonly selected: string | null;
  /** The metric key compared across regions (gdp-growth …), null for the view's default. */
  readonly metric: string | null;
  /** The region whose closest regions the across-regions view lists, null for all pairs. */
  readonly similar: string | null;
  readonly matrix: MatrixViewState;
}

export const DEFAULT_VIEW: ViewState = {
  tab: 'explorer',
  language: 'zh',
  layout: 'fcose',
  nodeIds: [],
  pinned: [],
  selected: null,
  metric: null,
  similar: null,
  matrix: DEFAULT_MATRIX_VIEW,
};

/** Links with more nodes than this would pass browser and server URL limits; the JSON export covers big views. */
export const MAX_LINK_NODES = 150;

const TABS: readonly Tab[] = ['explorer', 'matrix', 'across', 'patterns', 'console', 'documents'];

/**
 * The view as a query string. Node ids repeat one key each (`n=…&n=…`) because ids may contain any character,
 * commas included. Defaults are left out so a plain link stays plain.
 */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.tab !== DEFAULT_VIEW.tab) params.set('tab', view.tab);
  if (view.language !== DEFAULT_VIEW.language) params.set('lang', view.language);
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  for (const id of view.nodeIds.slice(0, MAX_LINK_NODES)) params.append('n', id);
  for (const id of view.pinned) if (view.nodeIds.includes(id)) params.append('pin', id);
  if (view.selected) params.set('sel', view.selected);
  if (view.metric) params.set('metric', view.metric);
  if (view.similar) params.set('similar', view.similar);
  for (const region of view.matrix.regions) params.append('mr', region);
  if (view.matrix.inferred) params.set('mi', '1');
  if (view.matrix.cell) {
    params.set('mcd', view.matrix.cell.departmentId);
    params.set('mcc', view.matrix.cell.columnId);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Reads a query string back; unknown or malformed values fall back to the defaults instead of failing. */
export function decodeView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const language = params.get('lang');
  const layout = params.get('layout');
  const nodeIds = [...new Set(params.getAll('n').filter((id) => id.length > 0))];
  return {
    tab: TABS.includes(tab as Tab) ? (tab as Tab) : DEFAULT_VIEW.tab,
    language: language === 'en' || language === 'zh' ? language : DEFAULT_VIEW.language,
    layout: layout === 'dagre' || layout === 'fcose' ? layout : DEFAULT_VIEW.layout,
    nodeIds,
    pinned: params.getAll('pin').filter((id) => nodeIds.includes(id)),
    selected: params.get('sel') || null,
    metric: params.get('metric') || null,
    similar: params.get('similar') || null,
    matrix: decodeMatrix(params),
  };
}

function decodeMatrix(params: URLSearchParams): MatrixViewState {
  const departmentId = params.get('mcd');
  const columnId = params.get('mcc');
  return {
    regions: [...new Set(params.getAll('mr').filter((region) => region.length > 0))],
    inferred: params.get('mi') === '1',
    cell: departmentId && columnId ? { departmentId, columnId } : null,
  };
}
