import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { LEGEND_LINE_HEIGHT, LEGEND_PADDING, LEGEND_SWATCH, LEGEND_WIDTH, type LegendLine } from '../export/legend-lines';

const FONT = '"WenQuanYi Zen Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const PADDING = 20;

/**
 * The drawn graph as a standalone SVG, written from Cytoscape's public element API (positions, sizes, endpoints,
 * control points and computed styles), with the legend beside it. Own code rather than cytoscape-svg, which is GPLv3
 * and would make the MIT web bundle GPL. Hidden (filtered) elements are left out, as on screen.
 */
export function graphSvg(cy: Core, title: string, legend: readonly LegendLine[]): string {
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  const box = nodes.union(edges).boundingBox({ includeLabels: true });
  const dx = PADDING - box.x1;
  const dy = PADDING - box.y1;
  const graphWidth = Math.ceil(box.w + PADDING * 2);
  const legendHeight = LEGEND_PADDING * 2 + LEGEND_LINE_HEIGHT * (legend.length + 1);
  const width = graphWidth + LEGEND_WIDTH;
  const height = Math.ceil(Math.max(box.h + PADDING * 2, legendHeight));
  const at = (point: { x: number; y: number }): string => `${round(point.x + dx)},${round(point.y + dy)}`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}'>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    '<g class="edges">',
    ...edges.map((edge) => edgeSvg(edge, at)),
    '</g>',
    '<g class="nodes">',
    ...nodes.map((node) => nodeSvg(node, dx, dy)),
    '</g>',
    legendSvg(graphWidth, title, legend),
    '</svg>',
  ];
  return parts.join('\n');
}

function edgeSvg(edge: EdgeSingular, at: (point: { x: number; y: number }) => string): string {
  const source = edge.sourceEndpoint();
  const target = edge.targetEndpoint();
  const controls = edge.controlPoints() ?? [];
  const color = edge.style('line-color') as string;
  const width = edge.numericStyle('width');
  const dash = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : edge.style('line-style') === 'dotted' ? ' stroke-dasharray="2 3"' : '';
  const path =
    controls.length === 1
      ? `M${at(source)} Q${at(controls[0]!)} ${at(target)}`
      : `M${at(source)} ${controls.map((point) => `L${at(point)}`).join(' ')} L${at(target)}`;
  // The arrow head points along the last stretch of the edge.
  const from = controls.at(-1) ?? source;
  const angle = Math.atan2(target.y - from.y, target.x - from.x);
  const size = 4 + width * 1.5;
  const left = { x: target.x - size * Math.cos(angle - 0.45), y: target.y - size * Math.sin(angle - 0.45) };
  const right = { x: target.x - size * Math.cos(angle + 0.45), y: target.y - size * Math.sin(angle + 0.45) };
  return `<g class="edge" data-id="${escapeXml(edge.id())}"><path d="${path}" fill="none" stroke="${color}" stroke-width="${width}"${dash}/><polygon points="${at(target)} ${at(left)} ${at(right)}" fill="${color}"/></g>`;
}

function nodeSvg(node: NodeSingular, dx: number, dy: number): string {
  const { x, y } = node.position();
  const cx = x + dx;
  const cy = y + dy;
  const w = node.width();
  const h = node.height();
  const fill = node.style('background-color') as string;
  const borderWidth = node.numericStyle('border-width');
  const stroke = borderWidth > 0 ? ` stroke="${node.style('border-color') as string}" stroke-width="${borderWidth}"` : '';
  const caption = String(node.data('caption') ?? '');
  const text = caption
    ? `<text x="${round(cx)}" y="${round(cy + h / 2 + 12)}" font-size="10" text-anchor="middle" fill="#222" stroke="#fff" stroke-width="2" paint-order="stroke">${escapeXml(caption)}</text>`
    : '';
  return `<g class="node" data-id="${escapeXml(node.id())}" data-label="${escapeXml(String(node.data('label') ?? ''))}">${shapeSvg(node.style('shape') as string, cx, cy, w, h, fill, stroke)}${text}</g>`;
}

/** Cytoscape's node shapes, drawn as the nearest SVG figure: ellipses, (rounded) rectangles or regular polygons. */
function shapeSvg(shape: string, cx: number, cy: number, w: number, h: number, fill: string, stroke: string): string {
  const polygon = (points: readonly [number, number][]): string =>
    `<polygon points="${points.map(([px, py]) => `${round(cx + (px * w) / 2)},${round(cy + (py * h) / 2)}`).join(' ')}" fill="${fill}"${stroke}/>`;
  const regular = (sides: number, rotation: number): [number, number][] =>
    Array.from(
      { length: sides },
      (_, i) => [Math.cos(rotation + (2 * Math.PI * i) / sides), Math.sin(rotation + (2 * Math.PI * i) / sides)] as [number, number],
    );
  switch (shape) {
    case 'diamond':
      return polygon([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'triangle':
      return polygon([
        [0, -1],
        [1, 1],
        [-1, 1],
      ]);
    case 'vee':
      return polygon([
        [-1, -1],
        [0, -0.33],
        [1, -1],
        [0, 1],
      ]);
    case 'hexagon':
      return polygon(regular(6, 0));
    case 'octagon':
      return polygon(regular(8, Math.PI / 8));
    case 'rhomboid':
      return polygon([
        [-1, -1],
        [0.33, -1],
        [1, 1],
        [-0.33, 1],
      ]);
    case 'star':
      return polygon(
        Array.from(
          { length: 10 },
          (_, i) =>
            [(i % 2 ? 0.4 : 1) * Math.cos(-Math.PI / 2 + (Math.PI * i) / 5), (i % 2 ? 0.4 : 1) * Math.sin(-Math.PI / 2 + (Math.PI * i) / 5)] as [
              number,
              number,
            ],
        ),
      );
    case 'round-rectangle':
    case 'barrel':
    case 'tag':
    case 'rectangle':
      return `<rect x="${round(cx - w / 2)}" y="${round(cy - h / 2)}" width="${round(w)}" height="${round(h)}" rx="${shape === 'rectangle' ? 0 : round(Math.min(w, h) / 4)}" fill="${fill}"${stroke}/>`;
    default:
      return `<ellipse cx="${round(cx)}" cy="${round(cy)}" rx="${round(w / 2)}" ry="${round(h / 2)}" fill="${fill}"${stroke}/>`;
  }
}

function legendSvg(left: number, title: string, legend: readonly LegendLine[]): string {
  const x = left + LEGEND_PADDING;
  const lineY = (index: number): number => LEGEND_PADDING + LEGEND_LINE_HEIGHT * index + LEGEND_LINE_HEIGHT / 2;
  const lines = legend.map((line, index) => {
    const y = lineY(index + 1);
    const swatch = line.color ? `<rect x="${x}" y="${y - LEGEND_SWATCH / 2}" width="${LEGEND_SWATCH}" height="${LEGEND_SWATCH}" fill="${line.color}"/>` : '';
    return `${swatch}<text x="${line.color ? x + LEGEND_SWATCH + 8 : x}" y="${y}" font-size="12" dominant-baseline="middle" fill="#222">${escapeXml(line.text)}</text>`;
  });
  return [
    `<g class="legend">`,
    `<line x1="${left}" y1="0" x2="${left}" y2="100%" stroke="#ccc"/>`,
    `<text x="${x}" y="${lineY(0)}" font-size="13" font-weight="bold" dominant-baseline="middle" fill="#222">${escapeXml(title)}</text>`,
    ...lines,
    '</g>',
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}
