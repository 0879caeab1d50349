import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { hiddenElements } from '../filters/canvas-filter';
import { groupCaption } from '../graph-view/element-mapping';
import { labelStyle } from '../graph-view/label-styles';
import { displayedGraph } from '../grouping/neighbour-groups';
import { useExplorerState } from '../useExplorerState';
import { movedIndex, nodeListItems } from './node-list';

/** Labels in the order the chain reads: region → sector → goal → project → department, then the rest. */
const LABEL_ORDER = ['Region', 'Document', 'Sector', 'Goal', 'Indicator', 'Project', 'Task', 'Department', 'Strategy'];

/**
 * The canvas's nodes as a list, so the graph can be walked by keyboard and screen reader: one tab stop (a listbox),
 * arrows, Home/End and Page keys move, Enter or Space selects the node on the canvas (details show it) and brings it
 * into view. It follows the canvas: nodes added, removed, grouped or filtered out, and selections made by clicking.
 */
export function NodeListPanel() {
  const { store } = useExplorer();
  const { t, labelName, language } = useI18n();
  const graph = useExplorerState(store, (state) => state.graph);
  const filter = useExplorerState(store, (state) => state.filter);
  const selection = useExplorerState(store, (state) => state.selection);
  const items = useMemo(
    () => nodeListItems(displayedGraph(graph), hiddenElements(graph, filter).nodes, LABEL_ORDER, new Intl.Collator(language === 'zh' ? 'zh' : 'en')),
    [graph, filter, language],
  );
  const selectedId = selection?.kind === 'node' ? selection.id : null;
  // The active row is kept by node id, so it stays on its node when rows come or go above it.
  const [activeId, setActiveId] = useState<string | null>(null);
  useEffect(() => {
    if (selectedId !== null) setActiveId(selectedId);
  }, [selectedId]);
  const found = items.findIndex((item) => item.id === activeId);
  const activeIndex = found === -1 ? 0 : found;

  const choose = (index: number): void => {
    const item = items[index];
    if (!item) return;
    setActiveId(item.id);
    store.select({ kind: 'node', id: item.id });
    store.requestFit([item.id]);
  };
  const optionId = (index: number): string => `node-list-${index}`;

  return (
    <section className="node-list" aria-labelledby="node-list-title" data-testid="node-list-panel">
      <h2 id="node-list-title">{t('nodeList', { count: items.length })}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('nodeListEmpty')}</p>
      ) : (
        <>
          <p className="muted node-list-hint" id="node-list-hint">
            {t('nodeListHint')}
          </p>
          <ul
            role="listbox"
            tabIndex={0}
            aria-labelledby="node-list-title"
            aria-describedby="node-list-hint"
            aria-activedescendant={optionId(activeIndex)}
            className="node-list-items"
            data-testid="node-list"
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                choose(activeIndex);
                return;
              }
              const next = movedIndex(event.key, activeIndex, items.length);
              if (next === null) return;
              event.preventDefault();
              setActiveId(items[next]!.id);
              document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
            }}
          >
            {items.map((item, index) => (
              <li
                key={item.id}
                id={optionId(index)}
                role="option"
                aria-selected={item.id === selectedId}
                className={index === activeIndex ? 'active' : undefined}
                data-testid="node-list-item"
                data-id={item.id}
                data-label={item.label}
                onClick={() => choose(index)}
              >
                <span className="swatch" style={{ background: labelStyle(item.label).color }} aria-hidden="true" />
                <span className="node-list-label">{item.group ? t('nodeListGroup') : labelName(item.label)}</span>
                <span className="node-list-name">{item.group ? groupCaption(item.group, labelName) : item.name}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
