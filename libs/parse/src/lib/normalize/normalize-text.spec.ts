import fc from 'fast-check';
import { normalizeCharacters } from './normalize-characters';
import { normalizeText } from './normalize-text';

/** Fragments that exercise every normalization rule: radicals, confusables, spaces, widths, wrapped lines. */
const FRAGMENTS = [
  '⼈',
  '⺠',
  '⻓',
  '⻔',
  '⼜',
  '⼜岸',
  '进出⼜',
  '⼈⼜',
  '又',
  '口',
  ' ',
  '  ',
  '\u3000',
  '\u2002',
  '\u00a0',
  '\t',
  '\n',
  '\r\n',
  '（',
  '）',
  '(',
  ')',
  ':',
  '：',
  ',',
  '，',
  '；',
  ';',
  '。',
  '１２',
  '１０,０００',
  '10:30',
  'AI AR',
  '5G',
  '“十四五 ”',
  '―',
  '【',
  '】',
  '一、发展目标',
  '（一）',
  '1.',
  '专栏1',
  '到2025年，服务业增加值占地区生产总值比重53%左右',
  '现代服务业发展规划的通知',
  '这是一个没有句号的很长很长的正文行用来测试软换行会不会被删除掉',
  '\uD83D\uDE00',
  '\uFEFF',
  '\u200b',
  '●',
  '• ',
  '○',
];
const mixedText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 120 }));

describe('normalization offset map', () => {
  it('maps every normalized span to an in-bounds, ordered original range', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (original, a, b) => {
        const mapped = normalizeText(original);
        const length = mapped.text.length;
        const start = length === 0 ? 0 : a % (length + 1);
        const end = start + (length === 0 ? 0 : b % (length - start + 1));
        const span = mapped.toOriginal(start, end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeGreaterThanOrEqual(span.start);
        expect(span.end).toBeLessThanOrEqual(original.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('is monotonic and gives every normalized unit a non-empty source', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const mapped = normalizeText(original);
        let previousStart = 0;
        for (let i = 0; i < mapped.text.length; i++) {
          const span = mapped.toOriginal(i, i + 1);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.start).toBeGreaterThanOrEqual(previousStart);
          previousStart = span.start;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves plain Chinese text and its offsets untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('服', '务', '业', '发', '展', '。', '、', '1', '%'), { maxLength: 60 }), (chars) => {
        const original = chars.join('');
        // A line ending in "。1、服务业" is a heading glued to its paragraph and is deliberately moved to its own line.
        fc.pre(!/[。；！？]\d{1,2}[.、](?!\d)[\u4e00-\u9fa5]{2,24}$/.test(original));
        const mapped = normalizeText(original);
        expect(mapped.text).toBe(original);
        for (let i = 0; i < original.length; i++) expect(mapped.toOriginal(i, i + 1)).toEqual({ start: i, end: i + 1 });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('character normalization', () => {
  it('maps Kangxi and supplement radicals to ideographs, keeping offsets one to one', () => {
    const mapped = normalizeCharacters('⼈⺠⽣活⻓期⻔户');
    expect(mapped.text).toBe('人民生活长期门户');
    expect(mapped.toOriginal(1, 2)).toEqual({ start: 1, end: 2 });
  });

  it('reads the ⼜ radical as 口 where that forms a word and as 又 where nothing decides', () => {
    expect(normalizeCharacters('沿边⼜岸城市，进出⼜总额，⼈⼜老龄化，突破⼜。').text).toBe('沿边口岸城市，进出口总额，人口老龄化，突破口。');
    expect(normalizeCharacters('⼜好⼜快').text).toBe('又好又快');
    expect(normalizeCharacters('⼜').text).toBe('又');
  });

  it('deletes a list bullet opening a line, not one inside a line, nor ○ written for 〇', () => {
    const mapped = normalizeCharacters('建议目标\n●地区生产总值增长5%以上\n  • 城镇新增就业110万人\n甲●乙\n二○二六年');
    expect(mapped.text).toBe('建议目标\n地区生产总值增长5%以上\n城镇新增就业110万人\n甲●乙\n二○二六年');
    const at = mapped.text.indexOf('地区');
    expect(mapped.toOriginal(at, at + 2)).toEqual({ start: 6, end: 8 });
  });

  it('deletes stray spaces inside Chinese text but keeps those between ASCII words', () => {
    const mapped = normalizeCharacters('云南省 “⼗四五 ”规划 AI AR');
    expect(mapped.text).toBe('云南省“十四五”规划AI AR');
    const quoteEnd = mapped.text.indexOf('”');
    // The closing quote maps to itself; the deleted space before it stays inside a span that covers both.
    expect(mapped.toOriginal(quoteEnd, quoteEnd + 1)).toEqual({ start: 9, end: 10 });
    expect(mapped.toOriginal(3, quoteEnd + 1)).toEqual({ start: 4, end: 10 });
  });

  it('unifies punctuation widths the way official documents write them, except inside numbers', () => {
    expect(normalizeCharacters('(责任单位:省商务厅,省财政厅;各市州) １０,０００ 10:30').text).toBe('（责任单位：省商务厅，省财政厅；各市州）10,000 10:30');
  });

  it('writes small-form punctuation (1﹒ ﹑ ﹙ ﹚) in its ordinary form, one unit for one', () => {
    const mapped = normalizeCharacters('1﹒目标﹙省商务厅﹑省财政厅﹚');
    expect(mapped.text).toBe('1.目标（省商务厅、省财政厅）');
    expect(mapped.toOriginal(1, 2)).toEqual({ start: 1, end: 2 });
  });

  it('joins a body line broken inside a sentence but not a heading or a short title', () => {
    const text = normalizeText('这一行是正文而且足够长以至于不可能是标题但它没有结束标点因为被换行截断了\n后半句在这里。\n一、总体要求\n短标题\n正文。').text;
    expect(text).toBe('这一行是正文而且足够长以至于不可能是标题但它没有结束标点因为被换行截断了后半句在这里。\n一、总体要求\n短标题\n正文。');
  });

  it('never joins the title of an interpretation (关于《…》的解读) to the text below it (铜梁 2022)', () => {
    const text = normalizeText('关于《重庆市铜梁区商务发展“十四五”规划(2021-2025)》的解读\n近期，区政府办公室印发了《规划》。').text;
    expect(text.split('\n')).toHaveLength(2);
  });

  it('keeps field lines of a plan and a breadcrumb trail on their own lines (肃南 2022: 活动名称：… / 活动时间：… / 主办单位：…; 临朐 2016)', () => {
    const fields = normalizeText(
      '活动名称：肃南县2022年“乐游肃南·助商惠民”促消费专项活动\n活动时间：2022年9月1日—12月30日\n主办单位：肃南县人民政府\n承办单位：县工信局、县财政局、县文旅局、各乡镇人民政府，农行肃南县支行\n协办单位：县统计局、县市场监管局',
    ).text;
    expect(fields.split('\n')).toHaveLength(5);
    const trail = normalizeText('当前位置：首页--委办局--县人力资源和社会保障局--政策法规\n中共临朐县委、临朐县人民政府关于加快建设人才强县的若干意见').text;
    expect(trail.split('\n')).toHaveLength(2);
    // A wrapped sentence whose second part opens with a word and a colon is still joined.
    const wrapped = normalizeText('这一行是正文而且足够长以至于不可能是标题但它没有结束标点因为被换行截断了总之\n目标：在这里。').text;
    expect(wrapped.split('\n')).toHaveLength(1);
  });

  it("ends a line at its sentence end despite a document site's watermark after it (新晃 2020 on 公文搜: …完成。hd9)", () => {
    const lines = normalizeText(
      '当前，防疫任务依然艰巨，发展要务尤为迫切，必须采取强力措施战疫情、\n促发展，确保全年任务圆满完成。hd9\n2019年及今年以来工作回顾hd9\n经济发展提质增效，综合实力迈上新台阶。地区生产总值增长8.4%；固定资产投资增\n长11.5%。hd9',
    ).text.split('\n');
    expect(lines).toEqual([
      '当前，防疫任务依然艰巨，发展要务尤为迫切，必须采取强力措施战疫情、促发展，确保全年任务圆满完成。hd9',
      '2019年及今年以来工作回顾hd9',
      '经济发展提质增效，综合实力迈上新台阶。地区生产总值增长8.4%；固定资产投资增长11.5%。hd9',
    ]);
    // Letters alone (a name such as ABC) or after a digit are no watermark: the wrapped line still joins.
    expect(normalizeText('这一行是正文而且足够长以至于不可能是标题但它没有结束标点因为被换行截断了ABC\n续行。').text.split('\n')).toHaveLength(1);
  });

  it('never joins a news headline to the story below its dateline (财联社10月14日电, 本报莲花讯 (…), …客户端讯(记者…))', () => {
    const headline = '上海奉贤推出产业促进意见 计划到2027年实现专精特新企业数增幅超7成';
    for (const story of ['财联社10月14日电,奉贤区人民政府发布。', '本报莲花讯 (全媒体记者刘启红)设立专项资金。', '长城网·冀云客户端讯(记者 齐彦红)日前。']) {
      expect(normalizeText(`${headline}\n${story}`).text.split('\n')).toHaveLength(2);
    }
    // A wrapped line that opens with 通讯 is no dateline.
    const wrapped = normalizeText('这一行是正文而且足够长以至于不可能是标题但它没有结束标点因为被换行截断了信息\n通讯网络建设在这里。').text;
    expect(wrapped.split('\n')).toHaveLength(1);
  });

  it('joins a sentence across the page number a PDF export left inside it (— 3 —, - 3 -, 第3页), and leaves the number out', () => {
    const broken = '到2025年，服务业发展质量和效益明显提升，全市服务业增加值达到';
    for (const pageNumber of ['— 3 —', '- 3 -', '第3页', '第 3 页 共 20 页']) {
      const normalized = normalizeText(`${broken}\n${pageNumber}\n1500亿元以上。\n`);
      expect(normalized.text).toBe(`${broken}1500亿元以上。\n`);
      // The offsets still point into the original, which keeps the page number.
      const at = normalized.text.indexOf('1500');
      expect(normalized.toOriginal(at, at + 4).start).toBe(broken.length + 1 + pageNumber.length + 1);
    }
    // A page number after a sentence's end stays a line of its own.
    expect(normalizeText('这是一个已经结束的句子而且它足够长不会被当作标题来处理的正文。\n— 3 —\n下一段。').text).toContain('\n—3—\n');
  });

  it("joins a document site's preview pages (1、… 2、…) cut inside a word, and leaves the page number out (嘉兴 2023 on 三一办公)", () => {
    const first =
      '1、嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案为深入贯彻中共中央、国务院关于促进民营经济发展壮大的决策部署,全面落实浙江省促进民营经济高质量发展若干措施,激发民营经济发展活力,提振民营经济发展信心,结合嘉兴实际,制定本实施方案。一、加强民营经济资源要素支持(一)强化财税政策保障。贯彻落实党中央、国务院关于延续优化完善实施阶段性税费优惠政策的决策部署,依规加大减税降费力度。增值税小规模纳税人减免增值税,为农户、小微企业及个体工商';
    const normalized = normalizeText(`${first}\n2、户提供融资担保及再担保业务免征增值税。\n`);
    expect(normalized.text.split('\n')[0]).toMatch(/个体工商户提供融资担保/);
    const at = normalized.text.indexOf('户提供');
    expect(normalized.toOriginal(at, at + 1).start).toBe(first.length + 1 + 2);
    // A page may go on inside a bracket or open with a digit (钟楼 2021: …高新园（邹区镇 / 2、）各街道…).
    const table = `1、2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容${'区政府分管领导牵头单位配合单位'.repeat(14)}何海平人社局高新园（邹区镇`;
    expect(normalizeText(`${table}\n2、）各街道3老城厢复兴发展\n`).text.split('\n')[0]).toMatch(/高新园（邹区镇）各街道3老城厢/);
    // Numbered items of a list end their sentences and are short: they stay items.
    const items = '1、加强组织领导。各地要高度重视。\n2、强化政策保障。\n';
    expect(normalizeText(items).text).toBe(items);
  });
});

describe('a mirror pinyin glosses (rule pinyin-gloss, branch meta)', () => {
  it('leaves the glosses out of the normalized text, the original keeping them (东昌 2023, 周宁 2023)', () => {
    const original = '2022年12月19日在通化市東昌區(qū)第十屆人民代表大會(huì)第二次會(huì)議上\n政府工作報(bào)告';
    const mapped = normalizeText(original);
    expect(mapped.text).toBe(normalizeText(original.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/g, '')).text);
    expect(mapped.text).toMatch(/東昌區第十屆人民代表大會第二次會議上/);
    const at = mapped.text.indexOf('報');
    const span = mapped.toOriginal(at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('報(bào)告');
    // Latin words in brackets without a tone mark stay (APP).
    expect(normalizeText('下载(app)使用').text).toContain('app');
  });

  it('starts a line at a news lead opening with its day (rule lead-opens-with-day: 周宁 2023)', () => {
    const text = normalizeText(
      '周宁加快推进“三库”红色文旅融合发展基础设施项目建设\n3月17日,2023年度市重点项目——周宁县“三库”红色文旅融合发展基础设施建设项目施工现场十分繁忙。',
    ).text;
    expect(text.split('\n')[0]).toBe('周宁加快推进“三库”红色文旅融合发展基础设施项目建设');
  });
});

describe('items a graphic sets apart by layout (rules bullet-opens-item, spaced-items-line: 惠州 2026)', () => {
  it('ends a bulleted item at its line, and the line of spaced percentages at its last item', () => {
    const text = normalizeText(
      [
        '●惠民之州的成色更为厚实,生态文明建设成效更加彰显,高水平安全保障更为有力',
        '重点任务',
        '●力促规则衔接机制对接积极参与国际标准和“湾区标准”制定工作并落实',
        '●力促基础设施高效互联',
        '主要预期目标',
        '地区生产总值增长5.5%-6% 固定资产投资增长3% 社会消费品零售总额增长5%',
        '进出口总额增长6% 规模以上工业增加值增长7%以上 地方一般公共预算收入增长3%',
        '居民人均可支配收入增长与经济增长同步',
      ].join('\n'),
    ).text;
    expect(text.split('\n')).toEqual([
      '惠民之州的成色更为厚实，生态文明建设成效更加彰显，高水平安全保障更为有力',
      '重点任务',
      '力促规则衔接机制对接积极参与国际标准和“湾区标准”制定工作并落实',
      '力促基础设施高效互联',
      '主要预期目标',
      '地区生产总值增长5.5%-6%固定资产投资增长3%社会消费品零售总额增长5%',
      '进出口总额增长6%规模以上工业增加值增长7%以上地方一般公共预算收入增长3%',
      '居民人均可支配收入增长与经济增长同步',
    ]);
  });

  it('still joins a long wrapped line that opened with no bullet', () => {
    const text = normalizeText('全市上下坚持稳中求进工作总基调,统筹推进稳增长、促改革、调结构、惠民生、防风险\n各项工作取得新成效。').text;
    expect(text.split('\n')).toHaveLength(1);
  });
});

describe('a hard wrap inside a decimal (rule wrapped-decimal: 蠡县 2017, a document site’s fixed-width lines)', () => {
  it('joins a line ending in a number and its point to the digits that go on below', () => {
    const text = normalizeText(
      '截至2016年末,全县地方生产总值完成96.4亿元,是2011年的1.\n37倍;财政总收入、公共预算收入分别完成6.1亿元、3.6亿元,分别是2011年的1.65倍\n、1.86倍;规模以上工业增加值完成52.1亿元。',
    ).text;
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toContain('1.37倍');
    // A line closed by a full stop still ends its paragraph.
    expect(normalizeText('全县地方生产总值完成96.4亿元,是2011年的1.37倍。\n37个乡镇全部完成任务。').text.split('\n')).toHaveLength(2);
  });
});
