import { useState } from 'react';
import { download, fileStamp } from '../../../app/download';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { useExplorerState } from '../useExplorerState';
import { legendLines } from '../statistics/legend-text';
import { useStatistics } from '../statistics/StatisticsContext';
import { pngWithLegend } from './png-with-legend';
import { toSubgraphExport } from './subgraph-export';

/** The graph PNG's pixels per CSS pixel (cy-graph-view.ts png()); the legend strip is drawn at the same scale. */
const PNG_SCALE = 2;

/** PNG and SVG of the canvas with the legend, JSON of the subgraph with evidence, and the view's link. */
export function ExportButtons() {
  const { store, viewport } = useExplorer();
  const { t, labelName } = useI18n();
  const { looks, style } = useStatistics();
  const legend = (): { title: string; lines: ReturnType<typeof legendLines> } => ({ title: t('legend'), lines: legendLines(looks, style, t, labelName) });
  const empty = useExplorerState(store, (state) => state.graph.nodes.size === 0);
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        data-testid="export-png"
        disabled={empty}
        onClick={async () => {
          if (!viewport.current) return;
          const { title, lines } = legend();
          download(`policygraph-${fileStamp()}.png`, await pngWithLegend(viewport.current.png(), title, lines, PNG_SCALE));
        }}
      >
        {t('exportPng')}
      </button>
      <button
        type="button"
        data-testid="export-svg"
        disabled={empty}
        onClick={() => {
          if (!viewport.current) return;
          const { title, lines } = legend();
          download(`policygraph-${fileStamp()}.svg`, new Blob([viewport.current.svg(title, lines)], { type: 'image/svg+xml' }));
        }}
      >
        {t('exportSvg')}
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
