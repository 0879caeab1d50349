// The values a clause states (numbers with a unit or comparator, Chinese-numeral amounts), each with its words.
import { afterMetricAbbreviation, CHINESE_COUNT, CHINESE_VALUE, RANGE_REPEATED_PERCENT, UNIT_PATTERN, WORDED_PERCENT } from './indicator-value';
import { LEADING_NOISE, MEASURE_END } from './metric-names';

/** Values in Chinese numerals are looked for only where 亿 or 百 (百分之) is written: most clauses have neither. */
const CHINESE_IN_CLAUSE = new RegExp(`${CHINESE_VALUE}|${CHINESE_COUNT}|${WORDED_PERCENT}`, 'g');
/**
 * A clause with no digit, 亿, 大 or 百 states no value: skipped before any other test. Every value found
 * (VALUE_IN_CLAUSE, CHINESE_IN_CLAUSE) holds a digit, 亿 or 百, so a sentence with none of them gives nothing.
 */
export const DIGIT = 1;
export const YI = 2;
const DA = 4;
export const BAI = 8;
const ALL_FOUND = DIGIT | YI | DA | BAI;

/**
 * Which of DIGIT (ASCII), YI (亿), DA (大) and BAI (百) text[start, end) holds (one pass, no regex). A sentence is read
 * as its span of the document's text: its own text is a slice, and each character read through a slice costs more.
 */
export function valueCharacters(text: string, start = 0, end = text.length): number {
  let found = 0;
  for (let i = start; i < end && found !== ALL_FOUND; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) found |= DIGIT;
    else if (code === 0x4ebf) found |= YI;
    else if (code === 0x5927) found |= DA;
    else if (code === 0x767e) found |= BAI;
  }
  return found;
}
/**
 * Rule `more-than-count`: a count or amount written with 余 or 多 after its digits or its 万/亿 (朝天 2019 中药材3万余亩, 游客100余万人,
 * 加工项目20余个; 镇安 2016 繁育苗木13500万余株; 望江 2009 产业工人10余万人): the value is the number, 余 its qualifier.
 */
const MORE_THAN = `(?:[余多](?=[万亿]?(?:${UNIT_PATTERN}))|[万亿][余多](?=${UNIT_PATTERN}))?`;
const VALUE_IN_CLAUSE = new RegExp(
  `(?:压缩至|压缩到|缩短至|缩短到|压减至|突破|超过|超(?=\\d)|不低于|不少于|不高于|不超过|低于|高于|控制在|保持在|下降至|下降到|降至|提高到|提高至|提升至|增长到|增至|>|≥|<|≤|约)?\\s*\\[?\\d+(?:\\.\\d+)?(?:${RANGE_REPEATED_PERCENT}\\s*[-—~～]\\s*\\d+(?:\\.\\d+)?)?\\]?${MORE_THAN}\\s*(?:${UNIT_PATTERN})(?:左右|以上|以下|以内)?|\\d+(?:\\.\\d+)?(?:左右|以上|以内)`,
  'g',
);
export interface ValuePart {
  readonly from: number;
  readonly to: number;
  readonly value: { index: number; text: string };
}

/**
 * The values of a clause, each with the words that name it: a clause holding several values joined by 、 or 和 is
 * split before each later value's own words ("…产业集群和6个…", "…突破30项、资金突破7000万元"). One value per
 * clause otherwise (分别 lists and ranges stay whole).
 */
export function valueParts(clause: string): ValuePart[] {
  const values = allValues(clause);
  if (values.length === 0) return [];
  const parts: ValuePart[] = [];
  let from = 0;
  let current = values[0];
  if (!/分别/.test(clause)) {
    for (const next of values.slice(1)) {
      const between = clause.slice(current.index + current.text.length, next.index);
      const cut = lastSeparator(between);
      // "学生体质健康测试合格率达95%以上全省体育产业总规模超过7200亿元" (江苏 2021, a copy that lost its 。): a scope word right
      // after a value opens the next statement (rule `scope-word-after-value`).
      // "地区生产总值增长5.5%-6%固定资产投资增长3%" (惠州 2026, a graphic's items that lost the spaces between them): a change
      // of another thing named right after a percentage opens the next statement (rule `change-after-percent`).
      if (cut < 0 && (SCOPE_OPENING.test(between) || (/%(?:以上|左右|以内)?$/.test(current.text) && NEXT_CHANGE.test(between)))) {
        const at = current.index + current.text.length;
        parts.push({ from, to: at, value: current });
        from = at;
        current = next;
        continue;
      }
      if (cut < 0) continue;
      const at = current.index + current.text.length + cut;
      parts.push({ from, to: at, value: current });
      from = at + 1;
      current = next;
    }
  }
  parts.push({ from, to: clause.length, value: current });
  return parts;
}

/** The words of a change of another thing, between two values: 固定资产投资增长, 规模以上工业增加值增长. */
const NEXT_CHANGE = /^[\u4e00-\u9fa5][\u4e00-\u9fa5“”]{1,24}(?:增长|下降|增速|增幅|提高|降低)$/;

/** The place a statement is of, opening it: 全省, 全市 … (no value closes on one). */
const SCOPE_OPENING = /^(?:全省|全市|全区|全县|全州|全旗)/;

/**
 * The last 、, 和 or 及 between two values that is not inside brackets (rule `bracketed-alternatives`): "示范基地（园区、
 * 企业）200个" names the bases with what they may be (贵州 2018), the list goes on before 示范基地. -1 if none.
 */
function lastSeparator(between: string): number {
  let depth = 0;
  for (let i = between.length - 1; i >= 0; i--) {
    const character = between[i];
    if (character === '）' || character === ')') depth++;
    else if (character === '（' || character === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (character === '、' || character === '和' || character === '及')) return i;
  }
  return -1;
}

/** The numbers with a unit or comparator that are not a year ("2025年") or a label ("5G", "“十三五”"), left to right. */
function allValues(clause: string): Array<{ index: number; text: string }> {
  const values: Array<{ index: number; text: string }> = [];
  const characters = valueCharacters(clause);
  // Every match of VALUE_IN_CLAUSE holds a digit.
  VALUE_IN_CLAUSE.lastIndex = 0;
  if ((characters & DIGIT) !== 0)
    for (let match = VALUE_IN_CLAUSE.exec(clause); match; match = VALUE_IN_CLAUSE.exec(clause)) addValue(clause, match.index, match[0], values);
  // CHINESE_VALUE ends in a unit with 亿, CHINESE_COUNT looks ahead to 亿级, WORDED_PERCENT holds 百分之.
  if ((characters & (YI | BAI)) !== 0) {
    CHINESE_IN_CLAUSE.lastIndex = 0;
    for (let match = CHINESE_IN_CLAUSE.exec(clause); match; match = CHINESE_IN_CLAUSE.exec(clause)) addValue(clause, match.index, match[0], values);
    values.sort((a, b) => a.index - b.index);
  }
  if (values.length >= 2 && countNamesTheSubject(clause, values[0], values[1])) values.shift();
  return values.length >= 2 ? values.filter((value, index) => !thresholdOfCounted(clause, value, values[index + 1])) : values;
}

/**
 * A size threshold inside the name of what is counted (rule `threshold-in-name`: 宣州 十四五 到2025年全区年产值10亿元以上农业龙头
 * 企业达到4家): a value with 以上 (以下) that words run on from, with no break, to a count of the thing it sizes is part of that
 * thing's name, no target of its own.
 */
function thresholdOfCounted(clause: string, value: { index: number; text: string }, next: { index: number; text: string } | undefined): boolean {
  if (!next || !/(?:以上|以下)$/.test(value.text.trim()) || isCountBeforeNoun(value.text) || !COUNT_AT_END.test(next.text.trim())) return false;
  return THRESHOLD_RUN_ON.test(clause.slice(value.index + value.text.length, next.index));
}

/** Words from a threshold to the count of the thing it sizes: the thing and a verb (农业龙头企业达到), no break. */
const THRESHOLD_RUN_ON = /^的?[\u4e00-\u9fa5]{2,16}$/;
const COUNT_AT_END = /\d(?:个|家|户|项|座|所|名)(?:左右|以上)?$/;

/**
 * "4个优势产业产值达到230亿元": a count opening the clause, running into the metric whose value follows, says how many
 * things the metric sums; it is part of the name, not a target of its own ("6个…集群和…" joins two targets instead).
 */
function countNamesTheSubject(clause: string, first: { index: number; text: string }, second: { index: number; text: string }): boolean {
  if (clause.slice(0, first.index).replace(LEADING_NOISE, '').trim().length > 0 || !isCountBeforeNoun(first.text)) return false;
  const between = clause.slice(first.index + first.text.length, second.index);
  return !/[、和及与]/.test(between) && (/(?:达到|达|突破|超过|实现|为)$/.test(between) || MEASURE_END.test(between));
}

function addValue(clause: string, index: number, text: string, values: Array<{ index: number; text: string }>): void {
  const trimmed = text.trim();
  if (/^(19|20)\d{2}年/.test(trimmed) || /^\d+年$/.test(trimmed)) return;
  const next = clause.charAt(index + text.length);
  // A number that opens the clause and runs into a noun ("0—3岁婴幼儿…", "65岁以上老年人") is part of the indicator's name;
  // an area or length with 以上 or 左右 is the size of what follows (rule `quantity-then-measure`: 50平方公里以上建设用地面积
  // 达到…要求, 嘉定 2024).
  if (
    /[\u4e00-\u9fa5]/.test(next) &&
    clause.slice(0, index).replace(LEADING_NOISE, '').trim().length === 0 &&
    !isCountBeforeNoun(text) &&
    !/(?:平方公里|公里|平方米|公顷|亩)(?:以上|左右)$/.test(trimmed)
  )
    return;
  // "规模超百亿元的领航企业40户": a value before 的 describes what is counted (a share of things, 50%的…, excepted; so is a
  // count with 以上 before 的, which counts what follows: 长沙 2021 100种以上的智能装备, rule `count-before-de`).
  // A value before 的目标(任务) is the target itself (rule `value-of-the-target`: 张掖 2016 实现旅游综合收入100亿元以上的目标任务).
  if (
    next === '的' &&
    !text.includes('%') &&
    !(/(?:以上|左右)$/.test(text.trim()) && isCountBeforeNoun(text)) &&
    !VALUE_OF_THE_TARGET.test(clause.slice(index + text.length))
  )
    return;
  // A digit glued to letters or to a number before it (5G, PM2.5) is part of a name; not after a metric's abbreviation.
  if (/[A-Za-z.]/.test(clause.charAt(index - 1)) && !afterMetricAbbreviation(clause, index)) return;
  // A number inside quotation marks names a programme (落实省、市“千项万亿”工程工作部署: 滨江 2023; “3210”产业): no value.
  // A share there is still one: 服务业增加值占GDP的比重、服务业对经济增长的贡献率“两个50%” (云南 2022) states both at 50%.
  if (!text.includes('%') && insideQuotes(clause, index, index + text.length)) return;
  values.push({ index, text });
}

/** Does [start, end) stand between an opening “ and its closing ” (no other mark between them)? */
function insideQuotes(clause: string, start: number, end: number): boolean {
  const open = clause.lastIndexOf('“', start);
  if (open < 0 || clause.slice(open, start).includes('”')) return false;
  const close = clause.indexOf('”', Math.max(open + 1, end - 1));
  return close >= 0 && close - open <= 12 && !clause.slice(open + 1, close).includes('“');
}

/** 的目标(任务) after a value: the value is the target's own (rule `value-of-the-target`). */
const VALUE_OF_THE_TARGET = /^的(?:奋斗)?(?:目标|任务)/;

/** "6个五百亿级产业集群", "200名副职后备人才": a count with its unit, then the counted noun. */
function isCountBeforeNoun(text: string): boolean {
  return /^(?:不少于|超过|约)?\d+(?:\.\d+)?(?:个|家|项|座|所|套|名|户|万户|万名|万套|场次|种)(?:左右|以上)?$/.test(text.trim());
}
