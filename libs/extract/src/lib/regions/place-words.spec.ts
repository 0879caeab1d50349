import { isPlaceWord } from './place-words';

describe('isPlaceWord', () => {
  it('knows provinces and cities of every province, full and short, from the gazetteer', () => {
    for (const word of ['云南', '云南省', '昆明', '西宁', '长沙', '成都', '广州市', '哈尔滨', '湘西', '格尔木市', '昆明旅游', '赴广州'])
      expect(isPlaceWord(word)).toBe(true);
  });

  it('knows a part of a province named by its abbreviation', () => {
    for (const word of ['滇中', '湘南', '渝东北', '苏北']) expect(isPlaceWord(word)).toBe(true);
  });

  it('leaves ordinary words alone, county short forms that are common words included', () => {
    for (const word of ['智慧物流', '普惠金融', '通道', '和平', '城关', '医养结合', '冷链']) expect(isPlaceWord(word)).toBe(false);
  });
});
