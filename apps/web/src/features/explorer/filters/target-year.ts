import type { ApiNode } from '../../../api/graph-api.types';

/** Five-year plan periods by their ordinal (十四五 = the 14th, 2021–2025): a goal "during" one is due at its end. */
const PLAN_PERIOD_END: Readonly<Record<string, number>> = { 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030 };
const CHINESE_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Full-width digits and year numerals written in Chinese (二〇三五) as ASCII digits; same length, same positions. */
function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (year) => [...year].map((c) => CHINESE_DIGITS[c]).join(''));
}

/**
 * The year a goal's sentence says it is due: "到2025年…", "力争到2022年…", "2025年底前…", "“十四五”期间…",
 * "二〇三五年远景目标". The first deadline wins, as the sentence's main clause comes first. Null when none.
 */
export function yearFromStatement(statement: string): number | null {
  const text = asciiDigits(statement);
  const deadline =
    /(?:到|至|于)\s*((?:19|20)\d{2})\s*年/.exec(text) ?? /((?:19|20)\d{2})\s*年\s*(?:底|末|前|以前|左右)/.exec(text) ?? /((?:19|20)\d{2})\s*年/.exec(text);
  if (deadline?.[1]) return Number(deadline[1]);
  const period = /(十[二三四五]五)/.exec(text);
  return period?.[1] ? (PLAN_PERIOD_END[period[1]] ?? null) : null;
}

/** A number or a numeric string as a whole year, if it looks like one. */
function asYear(value: unknown): number | null {
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null;
}

/** When a goal or an indicator is due: its `targetYear` property, else the year its name or statement gives. */
export function targetYearOf(node: Pick<ApiNode, 'label' | 'name' | 'properties'>): number | null {
  if (node.label !== 'Goal' && node.label !== 'Indicator') return null;
  const stored = asYear(node.properties['targetYear']);
  if (stored !== null) return stored;
  const statement = node.properties['statement'];
  return yearFromStatement(node.name) ?? (typeof statement === 'string' ? yearFromStatement(statement) : null);
}
