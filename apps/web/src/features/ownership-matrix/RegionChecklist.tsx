import { fetchRegions } from '../../api/graph-api';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';

/** Several regions at once, by name (the matrix compares them side by side). */
export function RegionChecklist({ selected, onChange }: { selected: readonly string[]; onChange: (regions: string[]) => void }) {
  const { t } = useI18n();
  const regions = useAsync(fetchRegions, []);
  if (regions.error) return <ErrorMessage error={regions.error} onRetry={regions.reload} />;
  if (!regions.data) return <span className="muted">{t('regionsLoading')}</span>;
  if (regions.data.length === 0) return <span className="muted">{t('regionsEmpty')}</span>;
  return (
    <fieldset className="region-checklist" data-testid="matrix-regions">
      <legend>{t('matrixRegions')}</legend>
      {regions.data.map(({ region, departments }) => (
        <label key={region.id}>
          <input
            type="checkbox"
            data-testid="matrix-region"
            value={region.name}
            checked={selected.includes(region.name)}
            onChange={(event) => onChange(event.target.checked ? [...selected, region.name] : selected.filter((name) => name !== region.name))}
          />
          {region.name} <span className="count">({departments})</span>
        </label>
      ))}
    </fieldset>
  );
}
