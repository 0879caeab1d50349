import { contrastRatio, overWhite, readableTextOn, type Rgb } from './readable-text';

const parse = (css: string): Rgb => css.match(/\d+/g)!.map(Number) as unknown as Rgb;

describe('readableTextOn', () => {
  it('keeps 4.5:1 or more on every strength of the matrix purple and the heat-map blue', () => {
    const worst: Record<string, number> = {};
    for (const [name, base] of [
      ['purple', [142, 68, 173]],
      ['blue', [49, 54, 149]],
    ] as const) {
      worst[name] = Infinity;
      for (let alpha = 0; alpha <= 1; alpha += 0.01) {
        const background = overWhite(base, alpha);
        worst[name] = Math.min(worst[name]!, contrastRatio(parse(readableTextOn(background)), background));
      }
    }
    expect(worst['purple']).toBeGreaterThanOrEqual(4.5);
    expect(worst['blue']).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps the UI's ink on light fills and turns white on dark ones", () => {
    expect(readableTextOn([255, 255, 255])).toBe('rgb(29, 35, 48)');
    expect(readableTextOn([49, 54, 149])).toBe('rgb(255, 255, 255)');
  });

  it('measures contrast as WCAG defines it', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([0x6b, 0x73, 0x85], [0xf4, 0xf5, 0xf7])).toBeCloseTo(4.36, 2);
  });
});
