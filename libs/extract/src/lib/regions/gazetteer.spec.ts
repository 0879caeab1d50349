import { gazetteer } from './gazetteer';

describe('gazetteer().fullNameOpening', () => {
  it.each([
    ['重庆市社会消费品零售总额', '重庆市'.length],
    ['湘西土家族苗族自治州旅游收入', '湘西土家族苗族自治州'.length],
    ['社会消费品零售总额', 0],
    ['全市生产总值', 0],
  ])('%s opens with a full name of length %i', (text, length) => {
    expect(gazetteer().fullNameOpening(text)).toBe(length);
  });

  it('agrees with the leftmost-longest match of findFullNames at offset 0', () => {
    for (const text of ['北京市朝阳区服务业', '朝阳区北京市', '四川省成都市双流区', '长沙县城', '', '省']) {
      const atStart = gazetteer()
        .findFullNames(text)
        .find((match) => match.start === 0);
      expect(gazetteer().fullNameOpening(text)).toBe(atStart?.end ?? 0);
    }
  });
});
