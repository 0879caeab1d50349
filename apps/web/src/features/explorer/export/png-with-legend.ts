import { LEGEND_LINE_HEIGHT, LEGEND_PADDING, LEGEND_SWATCH, LEGEND_WIDTH, type LegendLine } from './legend-lines';

const FONT = '"WenQuanYi Zen Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The graph's PNG with the legend drawn in a strip on its right, so an exported picture still says what its colours
 * and sizes mean. `scale` is the graph picture's pixels per CSS pixel.
 */
export async function pngWithLegend(graphPng: string, title: string, lines: readonly LegendLine[], scale: number): Promise<Blob> {
  const image = new Image();
  image.src = graphPng;
  await image.decode();
  const strip = LEGEND_WIDTH * scale;
  const legendHeight = (LEGEND_PADDING * 2 + LEGEND_LINE_HEIGHT * (lines.length + 1)) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = image.width + strip;
  canvas.height = Math.max(image.height, legendHeight);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('exporting the PNG: this browser gives no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0);
  context.strokeStyle = '#cccccc';
  context.lineWidth = scale;
  context.beginPath();
  context.moveTo(image.width + scale / 2, 0);
  context.lineTo(image.width + scale / 2, canvas.height);
  context.stroke();
  context.textBaseline = 'middle';
  const left = image.width + LEGEND_PADDING * scale;
  const lineY = (index: number): number => (LEGEND_PADDING + LEGEND_LINE_HEIGHT * index + LEGEND_LINE_HEIGHT / 2) * scale;
  context.fillStyle = '#222222';
  context.font = `bold ${13 * scale}px ${FONT}`;
  context.fillText(title, left, lineY(0), strip - LEGEND_PADDING * 2 * scale);
  context.font = `${12 * scale}px ${FONT}`;
  lines.forEach((line, index) => {
    const y = lineY(index + 1);
    let textLeft = left;
    if (line.color) {
      context.fillStyle = line.color;
      context.fillRect(left, y - (LEGEND_SWATCH / 2) * scale, LEGEND_SWATCH * scale, LEGEND_SWATCH * scale);
      textLeft += (LEGEND_SWATCH + 8) * scale;
    }
    context.fillStyle = '#222222';
    context.fillText(line.text, textLeft, y, image.width + strip - textLeft - LEGEND_PADDING * scale);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('exporting the PNG: the canvas gave no image'))), 'image/png'),
  );
}
