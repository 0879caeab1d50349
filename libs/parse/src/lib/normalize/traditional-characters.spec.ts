import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MappedText } from './mapped-text';
import { foldTraditional, isTraditional } from './traditional-characters';

/** 怀化 2023 (怀政办发〔2023〕9号), a mirror of the notice in Traditional characters (test/fixtures/passages). */
const HUAIHUA = readFileSync(join(__dirname, '../../../../../test/fixtures/passages/huaihua-wenzengzhang-2023.txt'), 'utf8');

describe('pages in Traditional characters', () => {
  it('are told by the characters only Traditional text writes, in their opening (怀化 2023)', () => {
    expect(isTraditional(HUAIHUA)).toBe(true);
    // A Simplified page that names one company or quotes one old form stays as written.
    expect(isTraditional('万科集团与萬科物业合作，推进国际消费中心城市建设，市发展改革委、市商务局负责。')).toBe(false);
  });

  it('are read as Simplified with the same offsets, words deciding one-to-many characters (乾燥 → 干燥, 乾隆 stays)', () => {
    const text = '關於印發懷化市促進消費的通知。責任單位：市發展改革委、市商務局。為全面貫徹黨的二十大精神，經濟發展在乾燥氣候下的乾隆古鎮。';
    const folded = foldTraditional(MappedText.identity(text));
    expect(folded.text).toBe('关于印发怀化市促进消费的通知。责任单位：市发展改革委、市商务局。为全面贯彻党的二十大精神，经济发展在干燥气候下的乾隆古镇。');
    expect(folded.text.length).toBe(text.length);
    expect(folded.toOriginal(9, 13)).toEqual({ start: 9, end: 13 });
  });

  it('leave Simplified text untouched (the same object)', () => {
    const simplified = MappedText.identity('关于印发怀化市促进消费的通知');
    expect(foldTraditional(simplified)).toBe(simplified);
  });
});
