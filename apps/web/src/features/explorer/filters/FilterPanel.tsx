import { documentNodeId } from '@policygraph/graph-types';
import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nContext';
import { useDocumentTitles } from '../details/useDocumentTitles';
import { useExplorer } from '../explorer-context';
import { useExplorerState } from '../useExplorerState';
import { NO_FILTER, filterFacets, isFilterActive, toggleHidden, type CanvasFilter } from './canvas-filter';

type Facet = 'hiddenLabels' | 'hiddenRegions' | 'hiddenDocuments' | 'hiddenSectorTypes' | 'hiddenBases';

/**
 * Shows or hides canvas elements by label, region, document, sector type and responsibility basis, and goals and
 * indicators by due year. Only values present on the canvas are offered; nothing is removed from the graph.
 */
export function FilterPanel() {
  const { store } = useExplorer();
  const { t, labelName, sectorTypeName } = useI18n();
  const graph = useExplorerState(store, (state) => state.graph);
  const filter = useExplorerState(store, (state) => state.filter);
  const facets = useMemo(() => filterFacets(graph), [graph]);
  const titles = useDocumentTitles();
  const sectorTypeNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const node of graph.nodes.values())
      if (node.label === 'SectorType') names.set(String(node.properties['key'] ?? node.id.replace(/^sectortype:/, '')), node.name);
    return names;
  }, [graph]);
  if (graph.nodes.size === 0) return null;

  const set = (next: CanvasFilter): void => store.setFilter(next);
  const group = (facet: Facet, title: string, values: ReadonlyMap<string, number>, name: (value: string) => string, testId: string): ReactNode =>
    values.size > 0 && (
      <fieldset className="filter-group" data-testid={`filter-group-${testId}`}>
        <legend>{title}</legend>
        {[...values].map(([value, count]) => (
          <label key={value}>
            <input
              type="checkbox"
              data-testid={`filter-${testId}`}
              value={value}
              checked={!filter[facet].has(value as never)}
              onChange={() => set(toggleHidden(filter, facet, value))}
            />
            {name(value)} <span className="count">{count}</span>
          </label>
        ))}
      </fieldset>
    );
  const years = facets.years;

  return (
    <section className="filter-panel" data-testid="filter-panel">
      <h2>
        {t('filters')}
        {isFilterActive(filter) && (
          <button type="button" className="link-button" data-testid="filter-reset" onClick={() => set(NO_FILTER)}>
            {t('filterReset')}
          </button>
        )}
      </h2>
      {group('hiddenLabels', t('filterLabels'), facets.labels, labelName, 'label')}
      {group('hiddenRegions', t('filterRegions'), facets.regions, (value) => value, 'region')}
      {group('hiddenDocuments', t('filterDocuments'), facets.documents, (value) => titles.get(documentNodeId(value)) ?? value, 'document')}
      {group(
        'hiddenSectorTypes',
        t('filterSectorTypes'),
        facets.sectorTypes,
        (value) => sectorTypeName(value) ?? sectorTypeNames.get(value) ?? value,
        'sector-type',
      )}
      {group('hiddenBases', t('filterBasis'), facets.bases, (value) => (value === 'stated' ? t('legendStated') : t('legendInferred')), 'basis')}
      {years && (
        <fieldset className="filter-group year-filter">
          <legend>{t('filterDueBy')}</legend>
          <label>
            <input
              type="checkbox"
              data-testid="year-filter-toggle"
              checked={filter.dueBy !== null}
              onChange={(event) => set({ ...filter, dueBy: event.target.checked ? years.max : null })}
            />
            {filter.dueBy === null ? t('filterDueByOff') : t('filterDueByOn', { year: filter.dueBy })}
          </label>
          {filter.dueBy !== null && (
            <>
              <input
                type="range"
                data-testid="year-filter"
                min={years.min}
                max={years.max}
                step={1}
                value={Math.min(Math.max(filter.dueBy, years.min), years.max)}
                onChange={(event) => set({ ...filter, dueBy: Number(event.target.value) })}
              />
              <label>
                <input
                  type="checkbox"
                  data-testid="year-filter-undated"
                  checked={filter.keepUndated}
                  onChange={(event) => set({ ...filter, keepUndated: event.target.checked })}
                />
                {t('filterKeepUndated')}
              </label>
            </>
          )}
        </fieldset>
      )}
    </section>
  );
}
