import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { DetailsPanel } from './details/DetailsPanel';
import { GraphCanvas } from './GraphCanvas';
import { ExportButtons } from './export/ExportButtons';
import { GraphToolbar } from './GraphToolbar';
import { FilterPanel } from './filters/FilterPanel';
import { PathFinder } from './paths/PathFinder';
import { Legend } from './Legend';
import { RegionPicker } from './RegionPicker';
import { SearchBox } from './search/SearchBox';
import { StatusBar } from './StatusBar';
import { StatisticsProvider } from './statistics/StatisticsContext';
import { StylePanel } from './statistics/StylePanel';
import { ShortcutHelp } from './shortcuts/ShortcutHelp';
import { useExplorerShortcuts } from './shortcuts/useExplorerShortcuts';
import { SavedViewsPanel } from './views/SavedViewsPanel';

/** The explorer tab: pickers on top, the canvas in the middle, details on the right. */
export function ExplorerView() {
  const { t } = useI18n();
  const [searchText, setSearchText] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useExplorerShortcuts(openHelp);
  return (
    <StatisticsProvider>
      <div className="explorer">
        <div className="explorer-bar">
          <RegionPicker />
          <SearchBox text={searchText} onTextChange={setSearchText} />
          <button type="button" className="shortcut-help-open" data-testid="shortcut-help-open" aria-haspopup="dialog" title={t('shortcuts')} onClick={openHelp}>
            ⌨ {t('shortcuts')} (?)
          </button>
        </div>
        {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
        <div className="explorer-main">
          <div className="explorer-canvas-column">
            <GraphToolbar extra={<ExportButtons />} />
            <GraphCanvas />
            <StatusBar />
          </div>
          <aside className="explorer-side">
            <DetailsPanel searchText={searchText} />
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
