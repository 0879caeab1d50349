import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { readHtml } from './read-html';

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'formats');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const page = (body: string, head = '<meta charset="utf-8">') => Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'utf8');

/** Words that only the portal chrome around the document contains. */
const CHROME_WORDS = [
  '首页',
  '政务公开',
  '当前位置',
  '分享到',
  '打印本页',
  '相关链接',
  '网站地图',
  '网站标识码',
  '网站访问统计',
  '页面加载完成',
  '请输入关键词',
];

describe('readHtml', () => {
  it('decodes a GBK portal page by its meta charset without mojibake', async () => {
    const html = await readHtml(fixture('qinghai-services.gbk.html'), 'qinghai-services.gbk.html');
    expect(html.encoding).toBe('gb18030');
    expect(html.text).toContain('(责任单位:省科技厅、省工业和信息化厅)');
    expect(html.text).not.toMatch(/[\uFFFD\u00C0-\u00FF]/); // no replacement characters, no Latin-1 mojibake
  });

  it('keeps the document under its information block and drops navigation, breadcrumbs, share bar, related links, scripts and footer', async () => {
    const { text } = await readHtml(fixture('qinghai-services.html'), 'qinghai-services.html');
    // The 信息公开 table above the body says what the body does not: the date (成文日期) and the issuer's number.
    expect(
      text.startsWith(
        '索引号：015000185/2020-00220 发文字号：青政办〔2020〕62号\n发布机构：青海省人民政府办公厅 成文日期：2020-08-13\n青海省人民政府办公厅\n关于推动青海省服务业高质量发展的实施意见\n',
      ),
    ).toBe(true);
    for (const word of CHROME_WORDS) expect(text).not.toContain(word);
  });

  it('finds the body by where the Chinese text is when the page has no known content container', async () => {
    const { text } = await readHtml(fixture('qinghai-services.gbk.html'), 'qinghai-services.gbk.html');
    expect(text).toContain('三、重点任务');
    // The article bar's date and source are kept as label lines, its font-size buttons are not.
    expect(text.startsWith('发布时间：2020-08-20 来源：省政府办公厅\n青海省人民政府办公厅\n')).toBe(true);
    for (const word of ['网站首页', '政策解读', '版权所有', '字体']) expect(text).not.toContain(word);
  });

  it('joins bold lead sentences with their paragraph and drops CJK source line breaks', async () => {
    const { text } = await readHtml(
      page('<div id="zoom"><p>\u3000\u3000<strong>（一）加强组织领导。</strong>发挥联席会议\n      制度作用，形成推进服务业高质量发展合力。</p></div>'),
      'a.html',
    );
    expect(text).toBe('（一）加强组织领导。发挥联席会议制度作用，形成推进服务业高质量发展合力。\n');
  });

  it('leaves a cell empty where a rowspan from the row above covers it', async () => {
    const table =
      '<table><tr><th>类别</th><th>序号</th><th>指标名称</th></tr><tr><td rowspan="2">总量规模</td><td>1</td><td>服务业增加值</td></tr><tr><td>2</td><td>营业收入</td></tr></table>';
    const { text } = await readHtml(page(`<div class="article"><p>主要指标如下表所示，各地区各部门认真落实。</p>${table}</div>`), 'b.html');
    expect(text).toContain('\t类别\n\t序号\n\t指标名称\n\n\t总量规模\n\t1\n\t服务业增加值\n\n\t\n\t2\n\t营业收入\n');
  });

  it('decodes an undeclared GBK page from its bytes', async () => {
    const bytes = iconv.encode('<html><body><div><p>到2025年，全省技术合同交易额达20亿元。</p></div></body></html>', 'gbk');
    const html = await readHtml(bytes, 'undeclared.htm');
    expect(html).toMatchObject({ encoding: 'gb18030', text: '到2025年，全省技术合同交易额达20亿元。\n' });
  });

  it('puts the page title above a body that does not state it, without the site name, and no title twice', async () => {
    const body = '<div id="zoom"><p>到2025年，全市服务业增加值达到1000亿元以上。</p></div>';
    const untitled = await readHtml(page(body, '<meta charset="utf-8"><title>关于印发某市服务业发展行动计划的通知_政策文件_某市人民政府网</title>'), 'c.html');
    expect(untitled.text).toBe('关于印发某市服务业发展行动计划的通知\n到2025年，全市服务业增加值达到1000亿元以上。\n');
    // The portal's ArticleTitle meta wins over <title>; a body opening with its title (over two lines) gets none above it.
    const meta = await readHtml(
      page(body, '<meta charset="utf-8"><meta name="ArticleTitle" content="某市服务业发展行动计划（2023—2025年）"><title>首页</title>'),
      'd.html',
    );
    expect(meta.text.startsWith('某市服务业发展行动计划（2023—2025年）\n')).toBe(true);
    const titled = await readHtml(
      page(
        '<div id="zoom"><p>某市人民政府</p><p>关于印发某市服务业发展行动计划的通知</p><p>各区人民政府：</p></div>',
        '<meta charset="utf-8"><title>某市人民政府关于印发某市服务业发展行动计划的通知</title>',
      ),
      'e.html',
    );
    expect(titled.text.startsWith('某市人民政府\n')).toBe(true);
  });

  it('keeps a label bar of one line as its label and value pairs, and skips one with a single label', async () => {
    const bar = '<div class="info">发布日期：2023-05-06　　来源：市商务局　　【字体：大 中 小】【打印】</div>';
    const { text } = await readHtml(
      page(`${bar}<div id="zoom"><p>到2025年，全市服务业增加值达到1000亿元以上，服务业增加值占地区生产总值比重达到55%左右。</p></div>`),
      'f.html',
    );
    expect(text.startsWith('发布日期：2023-05-06 来源：市商务局\n到2025年')).toBe(true);
    const single = await readHtml(
      page(
        '<div class="info">来源：市商务局</div><div id="zoom"><p>到2025年，全市服务业增加值达到1000亿元以上，服务业增加值占地区生产总值比重达到55%左右。</p></div>',
      ),
      'g.html',
    );
    expect(single.text.startsWith('到2025年')).toBe(true);
  });
});
