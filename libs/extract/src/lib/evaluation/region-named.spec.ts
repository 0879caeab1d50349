import { namesRegion } from './region-named';

describe('whether a text names a region', () => {
  it('by its full name or a short form', () => {
    expect(namesRegion('昆明市人民政府关于…', '昆明市')).toBe(true);
    expect(namesRegion('支持昆明高质量发展', '昆明市')).toBe(true);
    expect(namesRegion('全疆粮食播种面积', '新疆维吾尔自治区')).toBe(false);
    expect(namesRegion('海西州全面建成', '海西蒙古族藏族自治州')).toBe(true);
  });

  it('not by the words of its level alone (区发改委, 全区)', () => {
    expect(namesRegion('责任单位：区发展和改革局。全区经济', '蔡甸区')).toBe(false);
  });

  it('in Traditional characters on a page written in them (怀化 2023)', () => {
    expect(
      namesRegion('懷化市人民政府辦公室關于印發《懷化市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》的通知', '怀化市'),
    ).toBe(true);
  });
});
