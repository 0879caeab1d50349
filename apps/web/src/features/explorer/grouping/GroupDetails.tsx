import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { labelStyle } from '../graph-view/label-styles';
import { groupTotal, type NeighbourGroup } from './neighbour-groups';

/** The selected group: what it stands for, and the way to its members. */
export function GroupDetails({ group, anchorName }: { group: NeighbourGroup; anchorName: string }) {
  const { actions, store } = useExplorer();
  const { t, labelName } = useI18n();
  const label = labelName(group.label);
  return (
    <section className="details-panel" data-testid="details-panel">
      <h2>{t('details')}</h2>
      <div className="details-kind">
        <span className="swatch" style={{ background: labelStyle(group.label).color }} /> {label}
      </div>
      <h3 className="details-name" data-testid="details-name">
        {t('groupTitle', { count: groupTotal(group), label })}
        {group.facetValue !== null && ` · ${group.facetValue}`}
      </h3>
      <p className="muted">{t('groupHint', { anchor: anchorName })}</p>
      <div className="button-row">
        <button type="button" data-testid="expand-group" onClick={() => void actions.expandGroup(group.id)}>
          {t('expandGroup')}
        </button>
        <button type="button" data-testid="remove-node" onClick={() => store.removeNodes([group.id])}>
          {t('remove')}
        </button>
      </div>
    </section>
  );
}
