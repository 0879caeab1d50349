import { CueWords } from './cue-words';

describe('CueWords', () => {
  const cues = new CueWords().add(['工程', '行动', '试点'], 1).add(['平台', '试点'], 2).add(['开工'], 4);

  it('gives the union of the bits of every word that occurs, a word of two groups setting both', () => {
    expect(cues.bitsIn('实施强基工程，推进平台建设')).toBe(1 | 2);
    expect(cues.bitsIn('开展改革试点')).toBe(1 | 2);
    expect(cues.bitsIn('新开工项目')).toBe(4);
    expect(cues.bitsIn('持续优化营商环境')).toBe(0);
  });

  it('finds words sharing a first character and words at the very end', () => {
    const shared = new CueWords().add(['示范区'], 1).add(['示范'], 2);
    expect(shared.bitsIn('创建示范')).toBe(2);
    expect(shared.bitsIn('创建示范区')).toBe(1 | 2);
  });

  it('lets a caller add bits from what follows an occurrence', () => {
    const built = (text: string, end: number, bits: number): number => ((bits & 2) !== 0 && text.startsWith('建设', end) ? 8 : 0);
    expect(cues.bitsIn('推进平台建设', built)).toBe(2 | 8);
    expect(cues.bitsIn('推进平台运营', built)).toBe(2);
    expect(cues.bitsIn('工程建设', built)).toBe(1);
  });

  it('reads a span of a longer text: only words wholly inside it count', () => {
    const text = '推进平台建设。开展改革试点';
    expect(cues.bitsIn(text, undefined, 0, 7)).toBe(2);
    expect(cues.bitsIn(text, undefined, 7, text.length)).toBe(1 | 2);
    // 试点 straddles the end of the span: it is not in it.
    expect(cues.bitsIn(text, undefined, 7, text.length - 1)).toBe(0);
  });
});
