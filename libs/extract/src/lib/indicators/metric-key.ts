import metricData from '../../../data/metrics.json';

const METRICS = metricData.metrics.map((metric) => ({ key: metric.key, patterns: metric.patterns.map((pattern) => new RegExp(pattern)) }));

/** Scope words that do not change what is measured: 全省/全市/我省 totals and verbs of achievement. */
const SCOPE = /^(全省|全市|全区|我省|我市|本市|本省|实现|培育形成|形成)+/;

/**
 * Canonical metric key of an indicator name, so the same measure written differently in two plans meets:
 * 服务业增加值占GDP比重 ≡ 服务业增加值占地区生产总值比重 → services-share-of-gdp. Null when unknown.
 */
export function metricKey(name: string): string | null {
  const compact = name.replace(/\s+/g, '').replace(SCOPE, '');
  for (const metric of METRICS) if (metric.patterns.some((pattern) => pattern.test(compact))) return metric.key;
  return null;
}
