import { chineseNumber, wordedNumber } from './chinese-numerals';

describe('numbers written in Chinese numerals', () => {
  it.each([
    ['五千', 5000], // 超过五千亿规模
    ['三', 3], // 三大千亿级产业
    ['两千五百', 2500],
    ['十二', 12],
    ['一万二千', 12000],
    ['五百', 500],
  ])('%s → %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  it('reads nothing else as a number', () => {
    expect(chineseNumber('千亿级')).toBeNull();
    expect(chineseNumber('')).toBeNull();
  });
});

describe('numbers written in words with decimals after 点 (百分之三点五)', () => {
  it.each([
    ['七', 7],
    ['三点五', 3.5],
    ['十二点零五', 12.05],
    ['五十五', 55],
  ])('%s → %d', (text, value) => {
    expect(wordedNumber(text)).toBe(value);
  });

  it('reads nothing else as a number', () => {
    expect(wordedNumber('三点')).toBeNull();
    expect(wordedNumber('三点五点')).toBeNull();
    expect(wordedNumber('点五')).toBeNull();
  });
});
