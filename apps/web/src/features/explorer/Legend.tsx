import { useI18n } from '../../i18n/I18nContext';
import { LABEL_STYLES } from './graph-view/label-styles';
import { useExplorer } from './explorer-context';
import { useExplorerState } from './useExplorerState';
import { countByLabel } from './graph-snapshot';
import { useMemo } from 'react';

/** Colour and shape per label (with how many are on the canvas) and how responsibility edges are drawn. */
export function Legend() {
  const { store } = useExplorer();
  const { t, labelName } = useI18n();
  const graph = useExplorerState(store, (state) => state.graph);
  const counts = useMemo(() => countByLabel(graph), [graph]);
  return (
    <section className="legend" data-testid="legend">
      <h2>{t('legend')}</h2>
      <ul className="legend-labels">
        {Object.entries(LABEL_STYLES).map(([label, look]) => (
          <li key={label} data-label={label} className={counts[label] ? '' : 'legend-absent'}>
            <span className={`legend-shape shape-${look.shape}`} style={{ background: look.color }} />
            {labelName(label)}
            {counts[label] ? <span className="count"> {counts[label]}</span> : null}
          </li>
        ))}
      </ul>
      <ul className="legend-edges">
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" stroke="#8e44ad" strokeWidth="2" />
          </svg>{' '}
          {t('legendStated')}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" stroke="#8e44ad" strokeWidth="2" strokeDasharray="6 4" />
          </svg>{' '}
          {t('legendInferred')}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" stroke="#8e44ad" strokeWidth="4" />
          </svg>{' '}
          {t('legendLead')}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" stroke="#8e44ad" strokeWidth="1.5" />
          </svg>{' '}
          {t('legendSupport')}
        </li>
      </ul>
    </section>
  );
}
