import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { DetailsPanel } from './details/DetailsPanel';
import { GraphCanvas } from './GraphCanvas';
import { ExportButtons } from './export/ExportButtons';
import { GraphToolbar } from './GraphToolbar';
import { FilterPanel } from './filters/FilterPanel';
import { PathFinder } from './paths/PathFinder';
import { Legend } from './Legend';
import { NodeListPanel } from './node-list/NodeListPanel';
import { RegionPicker } from './RegionPicker';
import { SearchBox } from './search/SearchBox';
import { StatusBar } from './StatusBar';
import { StatisticsProvider } from './statistics/StatisticsContext';
import { StylePanel } from './statistics/StylePanel';
import { ShortcutHelp } from './shortcuts/ShortcutHelp';
import { useExplorerShortcuts } from './shortcuts/useExplorerShortcuts';
import { SavedViewsPanel } from './views/SavedViewsPanel';

/**
 * The explorer tab: pickers on top, the canvas in the middle, details on the right. On a narrow window (≤ 1000 px,
 * styles.css) the side panel is a drawer over the canvas, opened and closed by a button, so the canvas keeps the width.
 */
export function ExplorerView() {
  const { t } = useI18n();
  const [searchText, setSearchText] = useState('');
  const [sideOpen, setSideOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useExplorerShortcuts(openHelp);
  return (
    <StatisticsProvider>
      <div className="explorer">
        <div className="explorer-bar">
          <RegionPicker />
          <SearchBox text={searchText} onTextChange={setSearchText} />
          <button
            type="button"
            className="shortcut-help-open"
            data-testid="shortcut-help-open"
            aria-haspopup="dialog"
            title={t('shortcuts')}
            onClick={openHelp}
          >
            ⌨ {t('shortcuts')} (?)
          </button>
          <button
            type="button"
            className="side-panel-toggle"
            data-testid="side-panel-toggle"
            aria-expanded={sideOpen}
            aria-controls="explorer-side"
            onClick={() => setSideOpen(!sideOpen)}
          >
            {sideOpen ? t('sidePanelClose') : t('sidePanelOpen')}
          </button>
        </div>
        {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
        <div className="explorer-main">
          <div className="explorer-canvas-column">
            <GraphToolbar extra={<ExportButtons />} />
            <GraphCanvas />
            <StatusBar />
          </div>
          <aside id="explorer-side" className={`explorer-side${sideOpen ? ' open' : ''}`} data-testid="explorer-side" aria-label={t('sidePanel')}>
            <DetailsPanel searchText={searchText} />
            <NodeListPanel />
            <FilterPanel />
            <PathFinder />
            <SavedViewsPanel />
            <StylePanel />
            <Legend />
          </aside>
        </div>
      </div>
    </StatisticsProvider>
  );
}
