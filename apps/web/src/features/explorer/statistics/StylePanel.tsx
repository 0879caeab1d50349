import { ErrorMessage } from '../../../app/ErrorMessage';
import { useI18n } from '../../../i18n/I18nContext';
import { legendLines } from './legend-text';
import { useStatistics } from './StatisticsContext';
import type { ColourBy, SizeBy, StatisticsScope } from './style-by';

/** Size and colour nodes by a property, statistics over the view or the whole graph, and what the style means. */
export function StylePanel() {
  const { t, labelName } = useI18n();
  const { style, setStyle, looks, loading, error, communities } = useStatistics();
  const lines = legendLines(looks, style, t, labelName);
  return (
    <section className="style-panel" data-testid="style-panel">
      <h2>{t('styleBy')}</h2>
      <label>
        {t('styleSize')}{' '}
        <select data-testid="style-size" value={style.size} onChange={(event) => setStyle({ ...style, size: event.target.value as SizeBy })}>
          <option value="label">{t('styleByLabel')}</option>
          <option value="degree">{t('statsDegree')}</option>
          <option value="pageRank">{t('statsPageRank')}</option>
        </select>
      </label>
      <label>
        {t('styleColour')}{' '}
        <select data-testid="style-colour" value={style.colour} onChange={(event) => setStyle({ ...style, colour: event.target.value as ColourBy })}>
          <option value="label">{t('styleByLabel')}</option>
          <option value="region">{t('styleRegion')}</option>
          <option value="basis">{t('styleBasis')}</option>
          <option value="community">{t('statsCommunity')}</option>
        </select>
      </label>
      <label>
        {t('styleScope')}{' '}
        <select data-testid="style-scope" value={style.scope} onChange={(event) => setStyle({ ...style, scope: event.target.value as StatisticsScope })}>
          <option value="view">{t('statsOverView')}</option>
          <option value="graph">{t('statsOverGraph')}</option>
        </select>
      </label>
      {loading && <p className="muted">{t('statsLoading')}</p>}
      {error && <ErrorMessage error={{ code: error.code, message: t('statsError', { message: error.message }) }} />}
      {!loading && !error && communities !== null && style.colour === 'community' && <p className="muted">{t('statsCommunities', { n: communities })}</p>}
      {style.colour !== 'label' || style.size !== 'label' ? (
        <ul className="style-legend" data-testid="style-legend">
          {lines.map((line) => (
            <li key={line.text} data-color={line.color ?? ''}>
              {line.color && <span className="legend-shape" style={{ background: line.color }} />}
              {line.text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
