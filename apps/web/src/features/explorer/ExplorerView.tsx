import { useState } from 'react';
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

/** The explorer tab: pickers on top, the canvas in the middle, details on the right. */
export function ExplorerView() {
  const [searchText, setSearchText] = useState('');
  return (
    <StatisticsProvider>
      <div className="explorer">
        <div className="explorer-bar">
          <RegionPicker />
          <SearchBox text={searchText} onTextChange={setSearchText} />
        </div>
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
            <StylePanel />
            <Legend />
          </aside>
        </div>
      </div>
    </StatisticsProvider>
  );
}
