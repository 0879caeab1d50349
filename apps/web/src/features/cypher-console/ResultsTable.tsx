import { useMemo } from 'react';
import type { CypherResult } from '../../api/graph-api.types';
import { ScrollFrame } from '../../app/ScrollFrame';
import { useI18n } from '../../i18n/I18nContext';
import { cellText } from './table-export';

/** A query result as rows and columns; long cells wrap, nodes show by name. */
export function ResultsTable({ result }: { result: CypherResult }) {
  const { t } = useI18n();
  const names = useMemo(() => new Map(result.nodes.map((node) => [node.id, node.name])), [result.nodes]);
  return (
    <ScrollFrame className="results-table-frame" label={t('resultsTableLabel')}>
      <table className="results-table" data-testid="results-table">
        <thead>
          <tr>
            {result.columns.map((column) => (
              <th key={column}>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {result.columns.map((column, i) => (
                <td key={column}>{cellText(row[i], names)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}
