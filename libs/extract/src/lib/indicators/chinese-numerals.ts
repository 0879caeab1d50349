const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a number written in Chinese numerals is made of (五千, 两千五百, 十二, 一万). */
export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十百千万]';

/** 五千 → 5000, 两千五百 → 2500, 十二 → 12, 三 → 3, 一万二千 → 12000; null when `text` is no such number. */
export function chineseNumber(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const character of text) {
    if (character in DIGITS) {
      digit = DIGITS[character];
    } else if (character in MULTIPLIERS) {
      section += (digit ?? 1) * MULTIPLIERS[character];
      digit = null;
    } else if (character === '万') {
      total += (section + (digit ?? 0) || 1) * 10000;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number in Chinese numerals with decimals after 点 (七, 十二, 三点五), as in 百分之三点五. */
export const WORDED_NUMBER = `${CHINESE_NUMERAL.replace('万', '')}+(?:点[〇零一二三四五六七八九]+)?`;

/** 七 → 7, 三点五 → 3.5, 十二点零五 → 12.05; null when `written` is no such number. */
export function wordedNumber(written: string): number | null {
  const [whole, decimals, ...rest] = written.split('点');
  const integer = chineseNumber(whole);
  if (integer === null || rest.length > 0) return null;
  if (decimals === undefined) return integer;
  const digits = [...decimals].map((digit) => DIGITS[digit]);
  return decimals.length === 0 || digits.some((digit) => digit === undefined) ? null : Number(`${integer}.${digits.join('')}`);
}
