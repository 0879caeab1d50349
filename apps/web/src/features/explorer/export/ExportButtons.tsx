import { useState } from 'react';
import { download, fileStamp } from '../../../app/download';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { useExplorerState } from '../useExplorerState';
import { toSubgraphExport } from './subgraph-export';

/** PNG of the canvas, JSON of the subgraph with evidence, and the view's link. */
export function ExportButtons() {
  const { store, viewport } = useExplorer();
  const { t } = useI18n();
  const empty = useExplorerState(store, (state) => state.graph.nodes.size === 0);
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button type="button" data-testid="export-png" disabled={empty} onClick={() => viewport.current && download(`policygraph-${fileStamp()}.png`, viewport.current.png())}>
        {t('exportPng')}
      </button>
      <button
        type="button"
        data-testid="export-json"
        disabled={empty}
        onClick={() =>
          download(
            `policygraph-${fileStamp()}.json`,
            new Blob([JSON.stringify(toSubgraphExport(store.getState().graph, new Date()), null, 2)], { type: 'application/json' }),
          )
        }
      >
        {t('exportJson')}
      </button>
      <button
        type="button"
        data-testid="copy-link"
        disabled={empty}
        onClick={async () => {
          // The address bar already holds the view; copying is a convenience, and may be refused outside HTTPS.
          await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
          setCopied(true);
          setTimeout(() => setCopied(false), 2_000);
        }}
      >
        {copied ? t('linkCopied') : t('copyLink')}
      </button>
    </>
  );
}
