import { type StatedMetric, statedMetrics } from './stated-values';

/**
 * "从2015年的1705亿元增加到2020年2369亿元", "由2015年的20.3%提升至21.3%": two results of one metric; the base may be the end
 * of its year (庆元 2021: 从2015 年末的57.02 亿元增长到2020 年的78.93 亿元, rule `from-year-end`).
 */
const FROM_TO = /(?:从|由)\s*(?:((?:19|20)\d{2})\s*年(?:末|底)?的?\s*)?(?=\d)/;

/**
 * The verb between the two values of a from-to statement; 为 as 到 (公安 2020: 由 2016 年的 46.2% 提升为 2020 年的 52.5%), and
 * 达到 (rule `from-to-reaching`: 张掖 2020 旅游接待人次由2012年的300万人次达到2019年的4200万人次).
 */
const CHANGED_TO = /^\s*(?:(?:增加|增长|提升|提高|上升|跃升|扩大|下降|降低|减少|降|增)(?:到|至|为)|达到)/;

/** 从2015年的1705亿元增加到2020年2369亿元 → 1705 of 2015 and 2369 of 2020 (or of the year the text is about). */
export function fromToResults(
  clause: string,
  year: number,
  subject: string | null = null,
  carriedFrom: number | null = null,
): Array<{ metric: StatedMetric; year: number }> {
  if (!clause.includes('从') && !clause.includes('由')) return [];
  const from = FROM_TO.exec(clause);
  if (!from) return [];
  let name = clause
    .slice(0, from.index)
    .replace(/^(?:(?:19|20)\d{2}年|全省|全市|全区|全州|我省|我市|其中|[，、])+/, '')
    .trim();
  // 服务业增加值稳居全省第二，从2015年的…增长到2020年的… (芜湖 2021): the subject of the clause before, read in front of the
  // values so that the first is no opening number.
  const prefix = name.length === 0 && subject !== null ? subject : '';
  if (prefix) name = prefix;
  const metrics = statedMetrics(prefix + clause.slice(0, from.index) + clause.slice(from.index + from[0].length));
  if (metrics.length !== 2) return [];
  const shift = from[0].length - prefix.length;
  if (!CHANGED_TO.test(clause.slice(metrics[0].value.end + shift, metrics[1].value.start + shift).replace(/(?:19|20)\d{2}\s*年(?:末|底)?的?\s*$/, '')))
    return [];
  if (name.length < 2 || name.length > 30) return [];
  const toYear = /((?:19|20)\d{2})\s*年(?:末|底)?的?\s*$/.exec(clause.slice(0, metrics[1].value.start + shift));
  const at = (metric: StatedMetric, offset: number): StatedMetric => ({
    name,
    measure: 'level',
    value: { ...metric.value, start: metric.value.start + offset, end: metric.value.end + offset },
    start: clause.length - clause.trimStart().length,
    end: metric.value.end + offset,
  });
  const reached = { metric: at(metrics[1], shift), year: toYear ? Number(toYear[1]) : year };
  // 由38.5%提高到41.1% without the base's year: only the value reached is dated, unless a from-to of the same sentence wrote
  // both years and this one's reached value is of the later (…从2020年的2290.47万人次增至2024年的5950万人次…；旅游收入由142.36
  // 亿元增至383亿元: 天水 2025, rule `from-to-years-carried`).
  const fromYear = from[1] !== undefined ? Number(from[1]) : toYear === null ? carriedFrom : null;
  return fromYear === null ? [reached] : [{ metric: at(metrics[0], shift), year: fromYear }, reached];
}
