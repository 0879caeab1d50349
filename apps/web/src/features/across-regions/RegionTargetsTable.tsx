import { useState } from 'react';
import type { RegionTarget } from '../../api/graph-api.types';
import { useI18n } from '../../i18n/I18nContext';
import { graphLinkOf, sortRegionTargets, writtenRange, type RegionTargetColumn, type RegionTargetSort } from './region-target-rows';

const COLUMNS: readonly [RegionTargetColumn, 'acrossRegion' | 'acrossTarget' | 'acrossResult' | 'acrossGap'][] = [
  ['region', 'acrossRegion'],
  ['target', 'acrossTarget'],
  ['result', 'acrossResult'],
  ['gap', 'acrossGap'],
];

/** All regions' targets for one metric, sortable by column, each row linking to its nodes in the graph. */
export function RegionTargetsTable({ rows }: { rows: readonly RegionTarget[] }) {
  const { t } = useI18n();
  const [sort, setSort] = useState<RegionTargetSort>({ column: 'target', descending: true });
  const sorted = sortRegionTargets(rows, sort);
  return (
    <div className="results-table-frame">
      <table className="results-table" data-testid="targets-table">
        <thead>
          <tr>
            {COLUMNS.map(([column, label]) => (
              <th key={column} aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  className="sort-button"
                  data-testid={`sort-${column}`}
                  onClick={() => setSort({ column, descending: sort.column === column ? !sort.descending : column !== 'region' })}
                >
                  {t(label)}
                  {sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
            <th>{t('acrossYear')}</th>
            <th>{t('acrossQuote')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.indicatorId} data-testid="target-row" data-region={row.region}>
              <td>{row.region}</td>
              <td data-testid="target-value">{writtenRange(row)}</td>
              <td data-testid="result-value">{row.result ? `${row.result.value}${row.result.unit ?? ''} (${row.result.year})` : '—'}</td>
              <td data-testid="gap-value">{row.gap === null ? '—' : `${row.gap > 0 ? '+' : ''}${row.gap}`}</td>
              <td>{row.year}</td>
              <td className="quote-cell">
                {row.quote}
                {row.result?.quote ? <div className="muted">{row.result.quote}</div> : null}
              </td>
              <td>
                <a href={graphLinkOf(row)} data-testid="open-in-graph">
                  {t('acrossOpen')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
