import { minePhrases } from './mine-phrases';

describe('minePhrases', () => {
  const texts = ['大力发展智慧物流，建设冷链物流设施。', '推广智慧物流，发展普惠金融。', '完善普惠金融，推进养老服务。', '发展绿色金融。'];
  const phrases = minePhrases(texts).map((mined) => mined.phrase);

  it('keeps multi-word phrases that recur in the document', () => {
    expect(phrases).toEqual(expect.arrayContaining(['智慧物流', '普惠金融']));
  });

  it('drops phrases used once, and phrases the lexicon already knows', () => {
    expect(phrases).not.toContain('冷链物流');
    expect(phrases).not.toContain('绿色金融');
    expect(phrases.some((phrase) => phrase.includes('养老服务'))).toBe(false);
  });

  it('drops runs that start or end with an action word', () => {
    expect(phrases.some((phrase) => phrase.startsWith('发展') || phrase.startsWith('推广'))).toBe(false);
  });

  it('reports counts, distinct texts and where the phrase first occurs', () => {
    const mined = minePhrases(texts).find((entry) => entry.phrase === '智慧物流')!;
    expect(mined).toMatchObject({ count: 2, texts: 2, first: { text: 0 } });
    expect(texts[0]!.slice(mined.first.start, mined.first.end)).toBe('智慧物流');
  });
});

describe('minePhrases and places', () => {
  it('drops phrases local to a place of any province, not only the seeds’', () => {
    const texts = ['打造哈尔滨冰雪旅游，发展智慧物流。', '提升哈尔滨冰雪旅游，推广智慧物流。', '建设桂林山水旅游，发展桂林山水旅游。'];
    const phrases = minePhrases(texts).map((mined) => mined.phrase);
    expect(phrases).toContain('智慧物流');
    expect(phrases.some((phrase) => phrase.includes('哈尔滨') || phrase.includes('桂林'))).toBe(false);
  });
});

describe('minePhrases and what is not a strategy', () => {
  it('drops speech formulae and meta text, actions, actors, sectors and phrases inside a longer compound', () => {
    const texts = [
      '各位代表，深入贯彻会议精神，防范化解风险，支持经营主体，发展装备制造，建设区域医疗中心，推进全域旅游。',
      '各位代表，传达会议精神，防范化解风险，服务经营主体，壮大装备制造，建设区域医疗中心，打造全域旅游。',
    ];
    const phrases = minePhrases(texts).map((mined) => mined.phrase);
    expect(phrases).toEqual(['全域旅游']);
  });
});
