import { parseDocument } from '../parse-document';

const metadataOf = (text: string) => parseDocument(text).metadata;

describe('page chrome above a copied web page', () => {
  it('skips download/print buttons and the font-size switch (人民数据 style)', () => {
    const text =
      '下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年上海市政府工作报告\n——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n来源：解放日报\n时间：2026-02-09\n上海市市长 龚 正\n各位代表：\n正文。';
    expect(metadataOf(text)).toMatchObject({
      title: '2026年上海市政府工作报告',
      issuedOn: '2026-02-03',
      periodStart: 2026,
      periodEnd: 2026,
      occasion: '上海市',
      signature: '上海市市长龚正',
    });
  });

  it('skips a breadcrumb trail and the column name repeated after it (云南 style)', () => {
    const text =
      '您的位置:\n首页\n>\n云南要闻\n云南要闻\n2026年政府工作报告\n来源：云南日报\n2026-02-03 09:02:33\n【字体：\n大\n中\n小\n】\n——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n省长　王予波\n各位代表：';
    expect(metadataOf(text)).toMatchObject({ title: '2026年政府工作报告', occasion: '云南省', signature: '省长王予波', issuedOn: '2026-01-28' });
  });

  it('skips a bare label and its value on the next line, and a breadcrumb item that reads like a title (陕西 style)', () => {
    const text =
      '分享:\n首页\n>\n政府信息公开\n>\n政府工作报告\n>\n省政府工作报告\n陕西省2026年政府工作报告\n时间：\n2026-02-02 09:20\n来源：\n陕西省人民政府\n各位代表：';
    expect(metadataOf(text).title).toBe('陕西省2026年政府工作报告');
  });

  it('skips a photo caption that opens the page (贵州 style)', () => {
    const text =
      '政府工作报告。 贵州日报天眼新闻记者 李森 摄\n政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军\n各位代表：';
    expect(metadataOf(text)).toMatchObject({ title: '政府工作报告', occasion: '贵州省', signature: '省长李炳军', periodStart: 2026 });
  });
});

describe('reports and speeches', () => {
  it('reads the occasion when its line wraps before 人民代表大会 (广东 style), and the year from the date when the title has none', () => {
    const text = '政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n各位代表：';
    expect(metadataOf(text)).toMatchObject({
      title: '政府工作报告',
      occasion: '广东省',
      signature: '广东省省长孟凡利',
      issuedOn: '2026-01-26',
      periodStart: 2026,
      periodEnd: 2026,
    });
  });

  it('reads a date in Chinese numerals (甘肃 style)', () => {
    const text = '2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n甘肃省省长 任振鹤\n';
    expect(metadataOf(text)).toMatchObject({ issuedOn: '2026-01-27', occasion: '甘肃省' });
  });

  it('reads the speaker after the occasion on one line, and the office of an autonomous region', () => {
    expect(metadataOf('陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n').signature).toBe('陕西省省长赵刚');
    expect(metadataOf('2026年新疆维吾尔自治区政府工作报告\n自治区主席 艾尔肯·吐尼亚孜\n').signature).toBe('自治区主席艾尔肯·吐尼亚孜');
  });

  it('takes the plan year of a one-year title, not a target year', () => {
    expect(metadataOf('2017年许昌市加快发展工作方案\n正文').periodStart).toBe(2017);
    expect(metadataOf('关于推动服务业发展到2025年的实施意见\n正文').periodEnd).toBeNull();
  });
});

describe('notices without a title line', () => {
  it('takes the title of the document a notice issues (现将《X》印发给你们)', () => {
    const text =
      '各市（州）人民政府、省级有关部门：\n经省政府同意，现将《某省“十四五”现代流通体系建设实施方案》印发给你们，请认真贯彻执行。\n某省发展和改革委员会\n2022年10月18日\n为贯彻落实部署，制定本方案。';
    expect(metadataOf(text)).toMatchObject({ title: '某省“十四五”现代流通体系建设实施方案', periodStart: 2021, periodEnd: 2025 });
  });

  it('skips the notice sentence and finds the title line below it', () => {
    const text =
      '某政办发〔2023〕29号\n各设区市人民政府：\n《某省关于加快文旅产业发展的若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。\n某省人民政府办公厅\n2023年12月28日\n某省关于加快文旅产业发展的若干措施\n为深入推动发展，制定以下措施。';
    expect(metadataOf(text).title).toBe('关于加快文旅产业发展的若干措施');
  });

  it('reads a notice passed by a meeting (已经…审议通过，现印发给你们), skips its release marking, and reads a period written 2025-2027', () => {
    const text =
      '各县（市、区）人民政府，市各有关委、办、局：\n《某市数字经济高质量发展三年行动计划(2025-2027年)》已经市委常委会议、市政府常务会议审议通过,现印发给你们,请认真抓好贯彻落实。\n某市人民政府办公室\n2025年9月9日\n(此件公开发布)\n某市数字经济高质量发展三年行动计划(2025-2027年)\n为深入贯彻决策部署，制定本行动计划。\n';
    expect(metadataOf(text)).toMatchObject({ title: '某市数字经济高质量发展三年行动计划（2025-2027年）', periodStart: 2025, periodEnd: 2027 });
    const withoutTitleLine = text.replace('某市数字经济高质量发展三年行动计划(2025-2027年)\n为', '为');
    expect(metadataOf(withoutTitleLine).title).toBe('某市数字经济高质量发展三年行动计划（2025-2027年）');
  });

  it('takes the document a notice line issues without 关于 (…办公室印发《X》的通知)', () => {
    const text = '中共某区委办公室 某区人民政府办公室印发《某区加快建设“国际某区”三年行动计划(2018—2020年)》的通知\n某区\n为贯彻落实部署，特制定本行动计划。\n';
    expect(metadataOf(text)).toMatchObject({ title: '某区加快建设“国际某区”三年行动计划（2018—2020年）', periodStart: 2018, periodEnd: 2020 });
  });

  it('takes no document number a sentence cites, nor the validity mark before a title (汉中 2023)', () => {
    const text =
      '【有效】某市人民政府办公室关于印发某市促进消费增长三年行动方案(2023—2025年)的通知\n各县区人民政府：\n某市人民政府办公室\n2023年2月6日\n某市促进消费增长三年行动方案(2023—2025年)\n根据某省人民政府办公厅《关于印发促进消费增长三年行动方案的通知》(陕政办发〔2022〕15号),结合我市实际,现制定如下行动方案。\n';
    expect(metadataOf(text)).toMatchObject({ issuer: '某市人民政府办公室', docNumber: null, periodStart: 2023 });
  });

  it('takes no department of a table cell or label line for the issuer (市发改委, 规划建设局, 责任单位：区发改局)', () => {
    expect(metadataOf('某区重点工作责任分解\n1.推进项目建设。\n责任单位：区发展和改革局\n规划建设局\n市发改委\n').issuer).toBeNull();
    expect(metadataOf('某市服务业发展规划\n盐城市人民政府办公室\n2025年9月9日\n').issuer).toBe('盐城市人民政府办公室');
  });

  it('reads a caption closed by table pipes as the title (…考核分工表 | ||||)', () => {
    expect(metadataOf('|\n济南市开展服务业综合改革试点目标体系和考核分工表 | ||||||\n|\n类别 |\n').title).toBe(
      '济南市开展服务业综合改革试点目标体系和考核分工表',
    );
  });

  it("takes a news page's own timestamp as its date when nothing else dates it (宁夏 2026: 发表时间： 2026-02-09 09:45:30)", () => {
    expect(metadataOf('当前位置：\n首页\n2026年某区政府工作报告\n发表时间：\n2026-02-09 09:45:30\n来源：\n某日报\n正文。\n').issuedOn).toBe('2026-02-09');
    expect(metadataOf('某市加快发展\n2013-11-16 07:47 来源:某晚报\n正文。\n').issuedOn).toBe('2013-11-16');
  });

  it('never joins numbered headings into a title (…四、保障措施)', () => {
    expect(metadataOf('一、专项资金规模及构成\n本次专项资金总额为800万元。\n二、活动情况\n四、保障措施\n').title).toBe('');
  });

  it('reads a one-year title in brackets (…责任分解（2023年）)', () => {
    expect(metadataOf('市政府工作报告重点工作责任分解(2023年)\n一、主要预期目标\n').periodStart).toBe(2023);
  });

  it('reads a period written with 年 on both years (…三年行动计划(2020年—2022年))', () => {
    expect(metadataOf('某市加快推进数字新基建发展三年行动计划(2020年—2022年)\n二、工作目标\n')).toMatchObject({ periodStart: 2020, periodEnd: 2022 });
  });

  it('reads a yearly task list (…2023年重点工作任务) and a report page marked （全文）', () => {
    expect(metadataOf('某市推动绿色低碳高质量发展2023年重点工作任务\n一、深入实施创新驱动发展战略\n')).toMatchObject({
      title: '某市推动绿色低碳高质量发展2023年重点工作任务',
      periodStart: 2023,
      periodEnd: 2023,
    });
    expect(metadataOf('2024年某省政府工作报告(全文)\n扎实有序推进乡村建设治理。\n').periodStart).toBe(2024);
  });
});
