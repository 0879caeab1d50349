import { fetchRegions } from '../../api/graph-api';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { useExplorer } from './explorer-context';

/** Lists the regions in the graph; picking one puts it and its neighbourhood on the canvas. */
export function RegionPicker() {
  const { actions } = useExplorer();
  const { t } = useI18n();
  const regions = useAsync(fetchRegions, []);

  if (regions.error) return <ErrorMessage error={regions.error} onRetry={regions.reload} />;
  if (regions.loading) return <span className="muted">{t('regionsLoading')}</span>;
  if (!regions.data || regions.data.length === 0)
    return (
      <span className="muted" data-testid="regions-empty">
        {t('regionsEmpty')}
      </span>
    );
  return (
    <label className="region-picker">
      {t('regionPicker')}{' '}
      <select
        data-testid="region-picker"
        defaultValue=""
        onChange={(event) => {
          if (event.target.value) void actions.openRegion(event.target.value);
        }}
      >
        <option value="">{t('regionPlaceholder')}</option>
        {regions.data.map((summary) => (
          <option key={summary.region.id} value={summary.region.id}>
            {t('regionOption', { name: summary.region.name, documents: summary.documents, departments: summary.departments })}
          </option>
        ))}
      </select>
    </label>
  );
}
