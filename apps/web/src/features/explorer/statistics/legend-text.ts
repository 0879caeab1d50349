import type { MessageKey } from '../../../i18n/messages';
import type { LegendLine } from '../export/legend-lines';
import type { ColourKey, Looks, StyleBy } from './style-by';

type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** What one colour stands for, in the reader's language. */
export function colourText(key: ColourKey, t: Translate, labelName: (label: string) => string): string {
  switch (key.kind) {
    case 'label':
      return labelName(key.value);
    case 'basis':
      return t(key.value === 'inferred' ? 'basisInferred' : key.value === 'presumed' ? 'basisPresumed' : 'basisStated');
    case 'community':
      return t('communityNumber', { n: Number(key.value) + 1 });
    case 'other':
      return t('styleOther');
    default:
      return key.value;
  }
}

/** The legend of the current style as lines (colours, then what sizes mean), for the panel and the exports. */
export function legendLines(looks: Looks, style: StyleBy, t: Translate, labelName: (label: string) => string): LegendLine[] {
  const lines: LegendLine[] = looks.colours.map((key) => ({ color: key.color, text: `${colourText(key, t, labelName)} (${key.count})` }));
  if (style.colour === 'basis') lines.push({ color: null, text: t('styleBasisEdges') });
  if (looks.sizeRange && style.size !== 'label') {
    const format = (value: number): string => (style.size === 'pageRank' ? value.toFixed(3) : String(value));
    lines.push({
      color: null,
      text: t(style.size === 'degree' ? 'styleSizeDegree' : 'styleSizePageRank', { min: format(looks.sizeRange.min), max: format(looks.sizeRange.max) }),
    });
  }
  return lines;
}
