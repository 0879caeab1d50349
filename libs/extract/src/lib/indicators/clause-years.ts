/**
 * Five-year or multi-year figures ("年均增长4.7%", "这五年", "从3.68万亿元增长到…") are not last year's; 今年以来 (since this
 * year began) is within one year (rule `this-year-in-plan-execution`).
 */
export const MULTI_YEAR =
  /年均|五年|十[三四五]五|从(?:19|20)\d{2}年|较.{0,6}末|(?<!今年)以来|(?:19|20)\d{2}\s*[—–\-~～至]\s*(?:(?:19|20)\d{2}|\d{2})年|(?<![\d.])[2-9两三四五]年(?:来|间|累计|增长|提升|提高|共)|近[2-9两三四五十]年/;

/** Words of a forecast: 有望 (is expected to), 预计 before a year (预计2022年全年…). */
export const FORECAST = /有望|预计(?:19|20)\d{2}年/;

/** Years listed with 、/和 opening a clause: 2020年、2021年. */
const YEAR_LIST = /^\s*(?:19|20)\d{2}年(?:[、和及](?:19|20)\d{2}年)+/;

/** The years a clause opens with, when it lists exactly as many as it states values; null otherwise. */
export function pairedYears(clause: string, values: number): number[] | null {
  const list = YEAR_LIST.exec(clause);
  if (!list) return null;
  const years = [...list[0].matchAll(/((?:19|20)\d{2})年/g)].map((match) => Number(match[1]));
  return years.length === values ? years : null;
}

/**
 * A year opening a clause, of a point in time (2020年达到…), not a span or a start (2016—2020年, 2015年以来, 2020年底前); also
 * the end of a year reached (rule `year-end-reached`: 梁子湖 2021 “十三五”时期，…，到2020年底，预计实现地区生产总值100.13亿元 in
 * a review; read only up to the year the review is of).
 */
export const CLAUSE_YEAR = /^\s*(?:到|截至|截止到?)?\s?((?:19|20)\d{2})\s?年(?!以来|—|-|至|底前|前(?!三季度)|以前|[起初])/;
