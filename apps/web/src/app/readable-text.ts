/** A colour as red, green and blue channels of 0–255. */
export type Rgb = readonly [number, number, number];

/** The UI's ink (styles.css `:root` color), kept where it reads well enough. */
const INK: Rgb = [0x1d, 0x23, 0x30];
const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/** What a fill of `rgb` at `alpha` looks like drawn on white (the tables' background). */
export function overWhite(rgb: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(rgb[i]! * alpha + 255 * (1 - alpha))) as unknown as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const css = (rgb: Rgb): string => `rgb(${rgb.join(', ')})`;

/**
 * The text colour for a number drawn on `background`: the UI's ink where it reaches 4.5:1, else black or white,
 * whichever contrasts more. One of black and white always reaches 4.58:1, whatever the background; a fixed switch on the
 * fill's strength (white above half) left mid-strength fills at 2.2:1.
 */
export function readableTextOn(background: Rgb): string {
  if (contrastRatio(INK, background) >= 4.5) return css(INK);
  return contrastRatio(BLACK, background) >= contrastRatio(WHITE, background) ? css(BLACK) : css(WHITE);
}
