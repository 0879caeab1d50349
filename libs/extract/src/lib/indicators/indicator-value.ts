import { CHINESE_NUMERAL, chineseNumber, WORDED_NUMBER, wordedNumber } from './chinese-numerals';

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

/**
 * Units as plans write them, longest first: compound units (507公里/万平方公里), counts of people, flats and events
 * (名, 套, 场次, 万张 beds: 贵州 2018), concentrations and dust fall (32微克/立方米, 2.6吨/平方千米·月: 陕西 2022 air plan), a bare 万, 亿 or 万亿 that closes the value (常住人口达到1000万左右, 超过五千亿规模, 2020年达到3.6万亿), and tenths closing it
 * (专精特新企业数增幅超7成), and deaths per 100 000 (孕产妇死亡率10/10万: 榆阳 2023). Head of livestock and poultry and
 * grain in 斤, as results read them (rule `livestock-units`: 大田 2023 确保一季度生猪出栏 6.5 万头以上、禽蛋产量 0.36 万吨以上); research
 * staff in person-years (rule `person-years`: 洞头 2023 每万名就业人员中研发人员达到209人年以上); a mill's spindles, cloth by the metre
 * or yard (rule `textile-units`: 宜城 2011 棉纺能力达到100万锭，布匹总产量1.5亿米; 延寿 2012
 * 亚麻布…1000万码).
 */
export const UNIT_PATTERN =
  '(?:公里|米|个|张|人|辆|床|台)/(?:万平方公里|百平方公里|平方公里|万人|千人|百人|平方米)|(?:微克|毫克)/立方米|/10万|吨/(?:平方千米|平方公里)·月|个百分点|百分点|%|‰|万亿元|亿元|万元/人|万元|元|亿美元|万美元|美元|亿人次|万人次|人次|万人|人年|人|亿吨|万吨|吨|亿公斤|万公斤|公斤|万千瓦|亿千瓦时|千瓦时|亿度|万度|千瓦|万平方公里|平方公里|公里|万平方米|平方米|亿立方米|万立方米|立方米|公顷|万亩|亩|万株|株|万头只|头只|万头|头|万只|只|万羽|羽|亿斤|万斤|万家|家|个工作日|工作日|万个|个|项|种|亿件|万件|件|万张|张|所|万座|座|倍|岁|年|天|床|万标箱|标箱|万辆|辆|万户|户|万套|套|万名|名|条|处|场次|场|次|万锭|锭|亿米|万米|万码|万亿(?=左右|以上|以内|规模|[，。；、]|$)|万(?=左右|以上|以内|规模|[，。；、]|$)|亿(?=左右|以上|以内|规模|[，。；、]|$)|成(?=左右|以上|以内|[，。；、]|$)';
/** A value in Chinese numerals with its magnitude (超过五千亿规模, “到2025年服务业增加值突破百亿元”的主要目标), never a class of size (千亿级, 五百亿级). */
export const CHINESE_VALUE = `(?:超过|突破|约)?${CHINESE_NUMERAL}+(?:万亿元|亿元|万亿|亿)(?:左右|以上)?(?=规模|[，。；、”]|$)`;
/** A percentage in words (百分之五十五以上, 百分之八点五左右), as older plans and reports write it. */
export const WORDED_PERCENT = `(?:超过|突破|约|不低于|不超过)?百分之${WORDED_NUMBER}(?:左右|以上|以下|以内)?`;
/**
 * A count of classes of size written 三大 (or 3大) before them: "培育形成…三大千亿级产业", "…等3大千亿产业" (3, no unit); not
 * the standing of classes that exist ("提升…3大千亿产业能级").
 */
export const CHINESE_COUNT = `(?:[二三四五六七八九十]|(?<!\\d)[2-9])大(?=[^，。；、]{0,8}亿(?:级|元?产业))(?![^，。；、]{0,12}(?:能级|水平|竞争力))`;
/** 超 right before a number is 超过 (国家高新技术企业超2600家, 撬动规模超300亿元). */
const PREFIX_COMPARATOR =
  '压缩至|压缩到|缩短至|缩短到|压减至|突破|超过|超(?=\\d)|不低于|不少于|不高于|不超过|低于|高于|控制在|保持在|下降至|下降到|降至|提高到|提高至|提升至|提升到|增长到|增至|>|≥|<|≤|约';
const SUFFIX_COMPARATOR = '左右|以上|以下|以内';
/**
 * A range of percentages written with the unit on both ends, as news pages write it (哈尔滨 2021: 地区生产总值年均增长
 * 5.5%-6%): the first % is dropped from the range only where the high end is a percentage too (never 5%-6个).
 */
export const RANGE_REPEATED_PERCENT = '(?:%(?=\\s*[-—~～至到]\\s*\\d+(?:\\.\\d+)?%))?';

const VALUE = new RegExp(
  `(${PREFIX_COMPARATOR})?\\s*(\\[)?(\\d+(?:\\.\\d+)?)(?:${RANGE_REPEATED_PERCENT}\\s*[-—~～至到]\\s*(\\d+(?:\\.\\d+)?))?(\\])?\\s*(${UNIT_PATTERN})?\\s*(${SUFFIX_COMPARATOR})?`,
);
const GROWTH = /(年均(?:增长|增速|提高|下降)?(?:率)?|增速|增长)\s*(\d+(?:\.\d+)?(?:\s*[-—~～]\s*\d+(?:\.\d+)?)?\s*(?:%|个百分点)(?:左右|以上|以内)?)/;

/**
 * A target cell written as a change from a base year, its level there in brackets (rule `change-from-base-cell`: 南通 2021
 * 比2015年(24.31)降低10个百分点): the value is the change (10 个百分点), the base year and level no value of it.
 */
const CHANGE_FROM_BASE = /^[比较](?:19|20)\d{2}年(?:末|底)?(?:[(（][\d.]+[)）])?(降低|下降|减少|提高|提升|增长|增加)(?=\d)/;

/** Parse one value cell or clause. `defaultUnit` is the table's 单位 column. */
export function parseIndicatorValue(text: string, defaultUnit: string | null = null): IndicatorValue {
  const trimmed = text.trim();
  const change = CHANGE_FROM_BASE.exec(trimmed);
  if (change) {
    const changed = parseIndicatorValue(trimmed.slice(change[0].length), defaultUnit);
    return changed.value === null ? changed : { ...changed, text: trimmed, comparator: changed.comparator ?? change[1] };
  }
  const growthMatch = GROWTH.exec(trimmed);
  // The main value is what precedes a stated growth ("突破10000，年均增长7.5-8%" → 10000).
  const main = growthMatch && (growthMatch.index ?? 0) > 0 ? trimmed.slice(0, growthMatch.index) : growthMatch ? '' : trimmed;
  const chinese = /\d/.test(main) && !CHINESE_CLASSES.test(main) ? null : chineseValue(main);
  if (chinese) return { text: trimmed, upper: null, growth: null, cumulative: false, ...chinese };
  // Rule `more-than-count` (see clause-values.ts): 3万余亩 is 3 万亩, 100余万人 100 万人, with 余 (多) as the qualifier.
  const moreThan = /\d[万亿]?[余多]/.exec(main);
  const plain = moreThan ? main.replace(/(\d[万亿]?)[余多](?=[万亿]?[\u4e00-\u9fa5])/, '$1') : main;
  const match = plain ? VALUE.exec(plain) : null;
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
  const written = match[7] ?? match[1] ?? (moreThan && /[余多]$/.test(moreThan[0]) && plain !== main ? moreThan[0].slice(-1) : undefined);
  const comparator = (written === '超' ? '超过' : written) ?? (/累计下降|下降/.test(main) ? '下降' : null);
  // A value written with a minus sign alone (a table's change of energy use per unit: -3.92) is negative.
  const sign = match[1] === undefined && match[2] === undefined && /^[-−]\s*$/.test(plain.slice(0, match.index + match[0].indexOf(match[3])).trim()) ? -1 : 1;
  return {
    text: trimmed,
    value: sign * Number(match[3]),
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

const WORDED_PERCENT_VALUE = new RegExp(`^(超过|突破|约|不低于|不超过)?百分之(${WORDED_NUMBER})(左右|以上|以下|以内)?$`);
const CHINESE_MAGNITUDE = new RegExp(`^(${PREFIX_COMPARATOR})?(${CHINESE_NUMERAL}+)(万亿元|亿元|万亿|亿)(左右|以上)?$`);
const CHINESE_CLASSES = /^([二三四五六七八九十]|[2-9])大$/;

/** 超过五千亿 → 5000 亿 超过; 三大 → 3 (a count with no unit); 百分之八点五左右 → 8.5 % 左右. */
function chineseValue(text: string): { value: number; unit: string | null; comparator: string | null } | null {
  const percent = WORDED_PERCENT_VALUE.exec(text);
  const share = percent ? wordedNumber(percent[2]) : null;
  if (percent && share !== null) return { value: share, unit: '%', comparator: percent[3] ?? percent[1] ?? null };
  const classes = CHINESE_CLASSES.exec(text);
  if (classes) return { value: /\d/.test(classes[1]) ? Number(classes[1]) : (chineseNumber(classes[1]) ?? 0), unit: null, comparator: null };
  const magnitude = CHINESE_MAGNITUDE.exec(text);
  // 万亿 with no numeral before it is one 万亿 (文化旅游业主营业务收入过万亿, 全省旅游总收入突破万亿), not 10000 亿.
  if (magnitude && magnitude[2] === '万' && magnitude[3].startsWith('亿'))
    return { value: 1, unit: `万${magnitude[3]}`, comparator: magnitude[4] ?? magnitude[1] ?? null };
  const value = magnitude ? chineseNumber(magnitude[2]) : null;
  return magnitude && value !== null ? { value, unit: magnitude[3], comparator: magnitude[4] ?? magnitude[1] ?? null } : null;
}

/**
 * A metric written by its abbreviation runs into its value with no space in news copy (肇庆 2025: 肇庆完成GDP2917.85亿元):
 * GDP, CPI and PPI name what the number measures, unlike the letters of 5G or PM2.5, which name a thing with the digits
 * (rule `metric-abbreviation-before-value`).
 */
export function afterMetricAbbreviation(clause: string, index: number): boolean {
  return /(?<![A-Za-z])(?:GDP|CPI|PPI)$/.test(clause.slice(Math.max(0, index - 4), index));
}
