import { useState } from 'react';
import type { CypherResult } from '../../api/graph-api.types';
import { download, fileStamp } from '../../app/download';
import { useI18n } from '../../i18n/I18nContext';
import { ResultGraph } from './ResultGraph';
import { ResultsTable } from './ResultsTable';
import { toCsv } from './table-export';

/** Table or graph of one result, with CSV export and a way to continue in the explorer. */
export function ResultView({ result, onOpenInExplorer }: { result: CypherResult; onOpenInExplorer: (result: CypherResult) => void }) {
  const { t } = useI18n();
  const hasGraph = result.nodes.length > 0;
  const [mode, setMode] = useState<'table' | 'graph'>('table');
  const shown = hasGraph ? mode : 'table';
  return (
    <section className="result-view" data-testid="result-view">
      <div className="result-bar">
        <span data-testid="result-summary">{t('consoleRows', { rows: result.rows.length, ms: result.elapsedMs })}</span>
        {result.truncated && <span className="warning">{t('consoleTruncated')}</span>}
        <div className="button-group">
          <button type="button" aria-pressed={shown === 'table'} data-testid="result-table-mode" onClick={() => setMode('table')}>
            {t('consoleTable')}
          </button>
          <button type="button" aria-pressed={shown === 'graph'} data-testid="result-graph-mode" disabled={!hasGraph} onClick={() => setMode('graph')}>
            {t('consoleGraph')} ({result.nodes.length})
          </button>
          <button
            type="button"
            data-testid="export-csv"
            disabled={result.rows.length === 0}
            onClick={() =>
              download(
                `policygraph-query-${fileStamp()}.csv`,
                new Blob([toCsv(result.columns, result.rows, new Map(result.nodes.map((node) => [node.id, node.name])))], { type: 'text/csv;charset=utf-8' }),
              )
            }
          >
            {t('exportCsv')}
          </button>
          <button type="button" data-testid="open-in-explorer" disabled={!hasGraph} onClick={() => onOpenInExplorer(result)}>
            {t('consoleToExplorer')}
          </button>
        </div>
      </div>
      {result.rows.length === 0 ? (
        <p className="muted">{t('consoleEmpty')}</p>
      ) : shown === 'table' ? (
        <ResultsTable result={result} />
      ) : (
        <ResultGraph result={result} />
      )}
    </section>
  );
}
