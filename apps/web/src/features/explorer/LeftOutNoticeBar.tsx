import { useI18n } from '../../i18n/I18nContext';
import { EXPAND_LIMIT, NEIGHBOURS_CAP } from './explorer-actions';
import { useExplorer } from './explorer-context';
import { useExplorerState } from './useExplorerState';

/** "60 of 63 shown · show 3 more · show all": what the last expansion's limit left out, and the way to the rest. */
export function LeftOutNoticeBar() {
  const { store, actions } = useExplorer();
  const { t, labelName } = useI18n();
  const notice = useExplorerState(store, (state) => state.leftOut);
  const node = useExplorerState(store, (state) => (notice ? state.graph.nodes.get(notice.nodeId) : undefined));
  if (!notice) return null;
  const missing = notice.total - notice.shown;
  const more = Math.min(EXPAND_LIMIT, missing);
  const name = node ? node.name : notice.nodeId;
  return (
    <span className="left-out" data-testid="left-out-notice" data-node={notice.nodeId} data-shown={notice.shown} data-total={notice.total} role="status">
      {t('leftOutShown', { name: notice.label ? `${name} → ${labelName(notice.label)}` : name, shown: notice.shown, total: notice.total })}
      {notice.limit < NEIGHBOURS_CAP && (
        <>
          {' · '}
          <button type="button" className="link-button" data-testid="left-out-more" onClick={() => void actions.showMore(notice, more)}>
            {t('leftOutMore', { more })}
          </button>
          {' · '}
          <button type="button" className="link-button" data-testid="left-out-all" onClick={() => void actions.showMore(notice, Infinity)}>
            {t('leftOutAll')}
          </button>
        </>
      )}
    </span>
  );
}
