import metricData from '../../../data/metrics.json';

const METRICS = metricData.metrics.map((metric) => ({ key: metric.key, patterns: metric.patterns.map((pattern) => new RegExp(pattern)) }));

/** Scope words that do not change what is measured: 全省/全市/我省 totals and verbs of achievement. */
const SCOPE = /^(全省|全市|全区|我省|我市|本市|本省|实现|培育形成|形成)+/;
/** A fall written where the metric is a rate of change: 固定资产投资下降3.3% is the growth rate, negative. */
const DECLINE_VERB = /(下降|降低|减少|回落)$/;
/** Keys of rates of change (…增长): a decline of the same quantity shares them, its measure says 'decline'. */
const RATE_OF_CHANGE = /-growth$/;
/** A rate of change named by its rate word (增速, 增幅) rather than its verb (增长). */
const RATE_WORD = /(?<!年均)(增速|增幅)$/;
/** A plan's average yearly rate over its period (年均增长7%): another quantity than one year's growth rate. */
const AVERAGE_ANNUAL = /年均(增长|增速|增幅)率?$/;

/**
 * Canonical metric key of an indicator name, so the same measure written differently in two plans meets:
 * 服务业增加值占GDP比重 ≡ 服务业增加值占地区生产总值比重 → services-share-of-gdp. A rate of change written as a fall
 * (固定资产投资下降, 进出口下降) has the key of its growth form (fixed-asset-investment-growth): the key names the
 * quantity, the indicator's `measure` ('decline', value positive) its direction. Null when unknown.
 */
export function metricKey(name: string): string | null {
  const known = KEYS_BY_NAME.get(name);
  if (known !== undefined) return known;
  // Bounded: names repeat within and across documents, but a long-running server must not grow without end.
  if (KEYS_BY_NAME.size >= 20_000) KEYS_BY_NAME.clear();
  const key = computeMetricKey(name);
  KEYS_BY_NAME.set(name, key);
  return key;
}

/** metricKey by name: it tries every known metric's patterns, and results ask twice per name (plausible, then stored). */
const KEYS_BY_NAME = new Map<string, string | null>();

function computeMetricKey(name: string): string | null {
  // gdp, cpi written in lower case (news copy: 寿光市gdp) are the abbreviations the patterns know (rule `lowercase-abbreviation`).
  const compact = name
    .replace(/\s+/g, '')
    .replace(/gdp|cpi|ppi/g, (letters) => letters.toUpperCase())
    .replace(SCOPE, '');
  if (AVERAGE_ANNUAL.test(compact)) {
    // 地区生产总值年均增长 → gdp-average-annual-growth: keyed by its quantity's growth key, apart from one year's rate.
    const yearly = keyOf(compact.replace(AVERAGE_ANNUAL, '增长'));
    return yearly !== null && RATE_OF_CHANGE.test(yearly) ? yearly.replace(RATE_OF_CHANGE, '-average-annual-growth') : null;
  }
  const key = keyOf(compact);
  if (key !== null) return key;
  // 固定资产投资增速15% (新巴尔虎左旗 2024): a rate written as 增速/增幅 is the growth rate, keyed as its 增长 form.
  if (RATE_WORD.test(compact)) {
    const asRate = keyOf(compact.replace(RATE_WORD, '增长'));
    return asRate !== null && RATE_OF_CHANGE.test(asRate) ? asRate : null;
  }
  if (!DECLINE_VERB.test(compact)) return null;
  const asGrowth = keyOf(compact.replace(DECLINE_VERB, '增长'));
  return asGrowth !== null && RATE_OF_CHANGE.test(asGrowth) ? asGrowth : null;
}

function keyOf(compact: string): string | null {
  for (const metric of METRICS) if (metric.patterns.some((pattern) => pattern.test(compact))) return metric.key;
  return null;
}
