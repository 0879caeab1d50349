import { gazetteer, isNameInsideWord } from './gazetteer';

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

describe('a name inside another word (rule river-name)', () => {
  it('a short form right before 江, 河 or 湖 names a river or lake (嘉陵江: 蓬安 2017), not the division', () => {
    const text = '加快建设嘉陵江畔大景区，推进嘉陵区产业园建设，建设蓬安段。';
    expect(isNameInsideWord(text, text.indexOf('嘉陵江'), '嘉陵')).toBe(true);
    expect(isNameInsideWord(text, text.indexOf('嘉陵区'), '嘉陵区')).toBe(false);
    expect(isNameInsideWord(text, text.indexOf('蓬安'), '蓬安')).toBe(false);
  });

  it('township-name: a short form right before 乡 names a rural township (荷塘乡 of 昌江区 2022), not the district', () => {
    const text = '鲇鱼山镇、丽阳镇、荷塘乡人民政府：推进荷塘乡村振兴，会东镇丫口村';
    expect(isNameInsideWord(text, text.indexOf('荷塘乡人民'), '荷塘')).toBe(true);
    // 乡村 and a county seat named after its county (会东镇 of 会东县: 会东 2019) still name the division.
    expect(isNameInsideWord(text, text.indexOf('荷塘乡村'), '荷塘')).toBe(false);
    expect(isNameInsideWord(text, text.indexOf('会东镇'), '会东')).toBe(false);
  });

  it('a full name before 江 is still the division (…县江边)', () => {
    const text = '蓬安县江边步道';
    expect(isNameInsideWord(text, 0, '蓬安县')).toBe(false);
  });
});
