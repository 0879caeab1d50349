/** A value as plans write it, e.g. "突破10000，年均增长7.5-8%", "72左右", "[7500]", ">98", "52以上". */
export interface IndicatorValue {
  readonly text: string;
  readonly value: number | null;
  /** Upper bound of a range such as 7.5-8. */
  readonly upper: number | null;
  readonly unit: string | null;
  readonly comparator: string | null;
  /** Growth stated with the value ("年均增长7.5-8%"), as written. */
  readonly growth: string | null;
  /** [ ] marks five-year cumulative figures in indicator tables. */
  readonly cumulative: boolean;
}

export const UNIT_PATTERN =
  '个百分点|百分点|%|‰|万亿元|亿元|万元/人|万元|元|亿美元|万美元|美元|亿人次|万人次|人次|万人|人|万吨|吨|万千瓦|千瓦时|千瓦|公里|万平方米|平方米|公顷|万亩|亩|万家|家|个工作日|工作日|万个|个|项|件|张|所|座|倍|岁|年|天|床|万标箱|标箱|万辆|辆|万户|户|万套|套|名|条|处|次';
const PREFIX_COMPARATOR = '压缩至|压缩到|缩短至|缩短到|压减至|突破|超过|不低于|不少于|不高于|不超过|低于|高于|控制在|保持在|下降至|下降到|降至|提高到|提高至|提升至|提升到|增长到|增至|>|≥|<|≤|约';
const SUFFIX_COMPARATOR = '左右|以上|以下|以内';

const VALUE = new RegExp(
  `(${PREFIX_COMPARATOR})?\\s*(\\[)?(\\d+(?:\\.\\d+)?)(?:\\s*[-—~～至到]\\s*(\\d+(?:\\.\\d+)?))?(\\])?\\s*(${UNIT_PATTERN})?\\s*(${SUFFIX_COMPARATOR})?`,
);
const GROWTH = /(年均(?:增长|增速|提高|下降)?(?:率)?|增速|增长)\s*(\d+(?:\.\d+)?(?:\s*[-—~～]\s*\d+(?:\.\d+)?)?\s*(?:%|个百分点)(?:左右|以上|以内)?)/;

/** Parse one value cell or clause. `defaultUnit` is the table's 单位 column. */
export function parseIndicatorValue(text: string, defaultUnit: string | null = null): IndicatorValue {
  const trimmed = text.trim();
  const growthMatch = GROWTH.exec(trimmed);
  // The main value is what precedes a stated growth ("突破10000，年均增长7.5-8%" → 10000).
  const main = growthMatch && (growthMatch.index ?? 0) > 0 ? trimmed.slice(0, growthMatch.index) : growthMatch ? '' : trimmed;
  const match = main ? VALUE.exec(main) : null;
  if (!match) {
    return {
      text: trimmed,
      value: null,
      upper: null,
      unit: defaultUnit,
      comparator: verbalComparator(trimmed),
      growth: growthMatch ? growthMatch[0] : null,
      cumulative: false,
    };
  }
  const comparator = match[7] ?? match[1] ?? (/累计下降|下降/.test(main) ? '下降' : null);
  return {
    text: trimmed,
    value: Number(match[3]),
    upper: match[4] !== undefined ? Number(match[4]) : null,
    unit: match[6] ?? defaultUnit,
    comparator: comparator ?? null,
    growth: growthMatch ? growthMatch[0] : null,
    cumulative: match[2] === '[' && match[5] === ']',
  };
}

/** Verbal targets ("不低于省下达指标", "增速与经济增长同步") still state a comparison. */
function verbalComparator(text: string): string | null {
  const match = /(不低于|不高于|不超过|高于|低于|同步|以内|以上)/.exec(text);
  return match ? match[1] : null;
}
