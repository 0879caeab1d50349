import { normalizeText, parseDocument } from '@policygraph/parse';
import { MEASURE_END } from './indicators/metric-names';
import { readsAsPlace } from './places/extract-places';
import { namedUndertakings } from './projects/extract-named-undertakings';
import { sectorInTitle } from './sectors/extract-sectors';

describe('sectorInTitle', () => {
  it('reads a sector when it is the head noun of the heading', () => {
    expect(sectorInTitle('现代物流')?.type.key).toBe('modern-logistics');
    expect(sectorInTitle('拓展网络信息新空间加快发展数字经济')?.term).toBe('数字经济');
    expect(sectorInTitle('推动传统物流向现代供应链转型升级')?.term).toBe('现代供应链');
    expect(sectorInTitle('推动生产性服务业专业化高端化发展')?.term).toBe('生产性服务业');
  });

  it('reads no sector when the sector only qualifies another noun', () => {
    expect(sectorInTitle('内陆国际金融中心建设行动')).toBeNull();
    expect(sectorInTitle('物流枢纽建设')).toBeNull();
    expect(sectorInTitle('现代服务业重点集聚区')).toBeNull();
  });
});

describe('readsAsPlace', () => {
  const at = (text: string, term: string) => readsAsPlace(text, text.indexOf(term), text.indexOf(term) + term.length, term);

  it('accepts short forms in lists and after verbs that take a place', () => {
    expect(at('支持长寿、合川发展', '长寿')).toBe(true);
    expect(at('推动永州融入大湾区', '永州')).toBe(true);
  });

  it('rejects ordinary words, landforms and words that merely contain a short form', () => {
    expect(at('融入西部陆海新通道，建设', '通道')).toBe(false);
    expect(at('兴边富民行动', '富民')).toBe(false);
    expect(at('依托岳麓山大学科技城', '岳麓')).toBe(false);
    expect(at('建设高水平创新平台', '新平')).toBe(false);
  });
});

describe('namedUndertakings', () => {
  const names = (sentence: string) => namedUndertakings(sentence).map((found) => found.name);

  it('reads programmes after 实施 and coordinated objects', () => {
    expect(names('实施城乡物流高效配送专项行动和“快递进村”工程，完善网络。')).toEqual(['城乡物流高效配送专项行动', '“快递进村”工程']);
  });

  it('reads facilities to be built, with their offsets', () => {
    const sentence = '推动区域性保税物流中心和国际快件中心建设。';
    const found = namedUndertakings(sentence);
    expect(found.map((item) => item.name)).toEqual(['区域性保税物流中心', '国际快件中心']);
    for (const item of found) expect(sentence.slice(item.start, item.start + item.name.length)).toBe(item.name);
  });

  it('leaves out classes, descriptions, lists with 等 and what others are encouraged to build', () => {
    expect(names('在全省创建一批智慧物流和供应链创新发展中心。')).toEqual([]);
    expect(names('打造辐射带动作用强的文化旅游中心。')).toEqual([]);
    expect(names('加快玉溪和磨憨等通道沿线物流枢纽建设。')).toEqual([]);
    expect(names('鼓励企业在重要节点建设国际物流园区。')).toEqual([]);
    expect(names('统筹推进物流枢纽建设。')).toEqual([]);
  });
});

describe('MEASURE_END (indicator names)', () => {
  it('accepts metric phrases and rejects bare verbs and clause fragments', () => {
    for (const name of ['服务业增加值占GDP比重', '旅游总收入', '社会化养老服务床位运营比例', '服务业“四上”企业', '全省接待国内外游客'])
      expect(MEASURE_END.test(name)).toBe(true);
    for (const name of ['建成', '四大重点领域各有', '基本实现全省县级以上城区5G网络全覆盖']) expect(MEASURE_END.test(name)).toBe(false);
  });
});

describe('headings glued to the paragraph before them', () => {
  it('puts the heading on its own line and keeps the quote mapping', () => {
    const original = '引导家政服务业健康发展，完善行业促进体系。5.商务服务\n对标国际标准加快发展商务服务。';
    const mapped = normalizeText(original);
    expect(mapped.text.split('\n')[1]).toBe('5.商务服务');
    const document = parseDocument(original);
    const section = document.sections.find((candidate) => candidate.heading === '5.商务服务');
    expect(section).toBeDefined();
    const span = document.toOriginal(section!.headingSpan.start, section!.headingSpan.end);
    expect(original.slice(span.start, span.end)).toBe('5.商务服务');
  });

  it('leaves a sentence ending in a number alone', () => {
    expect(normalizeText('服务业增加值占比达到52.3%。2025年目标为54').text).not.toContain('\n');
  });
});
