import { textFromPdfLayout } from './pdf-layout';
import type { PdfTextItem } from './pdf-text-layer';

/** A run of CJK text at 10 units per character, like pdfjs reports it. */
const run = (text: string, x: number, y: number, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * 10,
  fontSize: 10,
  rotated: false,
  ...extra,
});
const LEFT = 50;

describe('textFromPdfLayout', () => {
  it('joins lines that fill the width into one paragraph without spaces, and starts a new one after a short line', () => {
    const { text } = textFromPdfLayout([
      {
        items: [
          run('一、推动传统物流向现代供应链', LEFT, 700), // 14 characters: the full width
          run('转型升级，提升内通外联能力。', LEFT, 685),
          run('二、完善标准。', LEFT, 670),
        ],
      },
    ]);
    expect(text).toBe('一、推动传统物流向现代供应链转型升级，提升内通外联能力。\n二、完善标准。\n');
  });

  it('keeps a space where Latin words wrap', () => {
    const { text } = textFromPdfLayout([{ items: [run('发展 digital', LEFT, 700), run('economy 产业。', LEFT, 685, { width: 60 })] }]);
    expect(text).toBe('发展 digital economy 产业。\n');
  });

  it('starts a paragraph at an indented line even when the line before filled the width', () => {
    const { text } = textFromPdfLayout([{ items: [run('一二三四五六七八九十', LEFT, 700), run('新段落开始', LEFT + 20, 685)] }]);
    expect(text).toBe('一二三四五六七八九十\n新段落开始\n');
  });

  it('appends a wrapped table cell to the cell above it in the same column', () => {
    const { text } = textFromPdfLayout([
      {
        items: [
          run('专栏 主要指标', LEFT, 720),
          ...[run('序号', 60, 700), run('指标名称', 100, 700), run('单位', 300, 700)],
          ...[run('1', 60, 680), run('社会物流总费用占', 100, 680), run('%', 300, 680)],
          run('地区生产总值比重', 100, 668), // the rest of the name, one line down in the 指标名称 column
          ...[run('2', 60, 650), run('金融业增加值', 100, 650), run('亿元', 300, 650)],
          run('表后正文第一行一二三四五六七', LEFT, 620),
        ],
      },
    ]);
    expect(text).toBe(
      '专栏 主要指标\n\n\t序号\n\t指标名称\n\t单位\n\n\t1\n\t社会物流总费用占地区生产总值比重\n\t%\n\n\t2\n\t金融业增加值\n\t亿元\n\n表后正文第一行一二三四五六七\n',
    );
  });

  it('joins a paragraph across a page break, dropping running page numbers and rotated watermarks', () => {
    const { text, pageStarts } = textFromPdfLayout([
      { items: [run('第一段。', LEFT, 720), run('第二段在第一页写满了一行', LEFT, 700), run('内部资料', 200, 400, { rotated: true }), run('- 1 -', 100, 40)] },
      { items: [run('— 2 —', 100, 800), run('并在第二页结束。', LEFT, 700)] },
    ]);
    expect(text).toBe('第一段。\n第二段在第一页写满了一行并在第二页结束。\n');
    expect(pageStarts).toEqual([0, text.indexOf('并在第二页')]); // page 2 starts mid-paragraph
  });
});
