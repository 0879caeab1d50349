import { parseDocument } from '../parse-document';
import { headerChromeLines, isPageChromeLine } from './page-chrome';

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

  it('skips a portal section name alone on its line (灵璧 2021: • 政府信息公开), and dates a work-report division by its issue', () => {
    const text =
      '• 政府信息公开\n您当前的位置:首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况\n浏览量:  【字体:   】\n\n县卫健委2021年政府工作报告任务分解\n\n1.创建国家卫生县城。';
    expect(metadataOf(text).title).toBe('县卫健委2021年政府工作报告任务分解');
    const heilongjiang = '黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n\n发布日期:2013-03-27    浏览次数:1\n\n一、全省经济社会发展主要目标';
    expect(metadataOf(heilongjiang)).toMatchObject({ periodStart: 2013, periodEnd: 2013 });
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

  it('skips a breadcrumb trail on one line and its continuation line, and a publication line of several labels (丽水 2023)', () => {
    const text =
      '当前位置:首页\n>> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)\n市政府工作报告重点工作责任分解(2023年)\n时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府\n\n一、全市经济社会发展主要预期目标\n';
    expect(metadataOf(text)).toMatchObject({ title: '市政府工作报告重点工作责任分解（2023年）', issuedOn: '2023-07-11' });
  });

  it("skips the trail of a news portal's channels with no label, and the portal name above it (rule channel-trail: 长沙 2024)", () => {
    const text =
      '人民网\n人民网>>湖南频道>>本网专稿\n\n长沙市十六届人大四次会议开幕\n\n2024年01月11日17:20 | 来源：人民网-湖南频道\n小字号\n\n会议现场。 人民网记者 吴茜薇摄\n';
    expect(metadataOf(text).title).not.toContain('>>');
    expect(isPageChromeLine('人民网>>湖南频道>>本网专稿')).toBe(true);
    expect(isPageChromeLine('首页 > 新闻中心 > 图片新闻')).toBe(true);
    // A sentence comparing values is no trail.
    expect(isPageChromeLine('增速>全省平均水平，居全市第一')).toBe(false);
  });

  it('skips a breadcrumb labelled 您当前所在位置 (会昌 2023)', () => {
    expect(isPageChromeLine('您当前所在位置: 首页 > 法定主动公开内容 > 执行公开 > 政府重点工作 > 年度重点工作进展和完成情况')).toBe(true);
    expect(isPageChromeLine('您所在的位置：首页 > 政务公开')).toBe(true);
  });

  it('keeps a publication line whose spaces the copy lost out of the headline above it, and starts the title at a year-led title line (莲都 2023)', () => {
    const text =
      '您现在的位置:首页\n> 政务公开 > 重点工作落实情况\n2023年莲都区政府工作报告重点工作责任分解第一季度进展情况\n作者:   来源: 莲都区人民政府办公室   发布时间: 2023-04-17 08:50:33\n\n2023年莲都区政府工作报告重点工作责任分解\n\n分类\n';
    expect(metadataOf(text)).toMatchObject({ title: '2023年莲都区政府工作报告重点工作责任分解', issuedOn: '2023-04-17' });
  });

  it('skips the accessibility and elder-mode switches of a portal and an interpretation page names its title (二连浩特 2024, 宣城 2020)', () => {
    const elht =
      '无障碍浏览 长者模式\n\n《〈政府工作报告〉2024年重点工作任务分工方案》政策解读\n\n发布日期:2024-04-02 15:35 点击量:10\n\n来源:二连浩特市政府办\n\n一、起草背景\n\n正文。';
    expect(metadataOf(elht)).toMatchObject({ title: '《〈政府工作报告〉2024年重点工作任务分工方案》政策解读', issuedOn: '2024-04-02' });
    const xuancheng =
      '• 无障碍浏览\n  • 长辈版|\n您现在所在的位置: 网站首页> 政府信息公开首页 > 宣城市政府办公室> 年度重点工作进展和完成情况\n' +
      '索引号: 11341700003244967K/202012-00140 组配分类: 年度重点工作进展和完成情况\n' +
      '名称: 2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况 文号:\n发布日期: 2020-12-24\n' +
      '2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况\n正文。';
    // The headline ends in no title word: the portal's 名称 label states the title.
    expect(metadataOf(xuancheng)).toMatchObject({ title: '2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况', issuedOn: '2020-12-24' });
  });

  it('ends a 名称 label at the 文号 label beside it and joins it to no title line (泾县 2023)', () => {
    const text =
      '名称: 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号: 泾政〔2023〕1号\n发布日期: 2023-01-30 08:56\n' +
      '泾县人民政府关于分解落实政府工作报告目标任务的通知\n发布时间:2023-01-30 08:56 来源:泾县人民政府(办公室) 浏览次数: 字体:[ ]\n\n各乡镇人民政府,县政府各部门、各直属机构:\n\n正文。';
    expect(metadataOf(text)).toMatchObject({
      title: '关于分解落实政府工作报告目标任务的通知',
      issuer: '泾县人民政府',
      docNumber: '泾政〔2023〕1号',
      issuedOn: '2023-01-30',
    });
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

  it('ends a title line at the occasion it runs on into (甘州区 2026, 围场 2021)', () => {
    const ganzhou =
      '政府工作报告 ——2026年1月27日在张掖市甘州区第十九届 人民代表大会第五次会议上\n| 索引号 | 620702001/2026-00010 | 发文字号 | |\n' +
      '| 生成日期 | 2026-02-04 09:30:48 | 是否有效 | 是 |\n政 府 工 作 报 告\n——2026年1月27日在张掖市甘州区第十九届\n人民代表大会第五次会议上\n甘州区人民政府代理区长 张勇\n各位代表:\n';
    expect(metadataOf(ganzhou)).toMatchObject({ title: '政府工作报告', issuedOn: '2026-01-27', periodStart: 2026 });
    const weichang =
      '政府工作报告—2021年7月29日在围场满族蒙古族自治县第八届人民代表大会第一次会议上自治县人民政府代理县长 孙立良\n2021-08-16 17:31浏览次数:\n\n\n各位代表:\n';
    expect(metadataOf(weichang)).toMatchObject({ title: '政府工作报告', issuedOn: '2021-07-29', periodStart: 2021 });
  });

  it('keeps a draft standing on the line below the title in it (桦川 2023: （征求意见稿）), and the report still plans its year', () => {
    const text = '政 府 工 作 报 告\n\n  (征求意见稿)\n\n  ── 2023年1月8日在县第十八届人民代表大会第二次会议上\n\n  县长 李水泉\n\n  各位代表:\n';
    expect(metadataOf(text)).toMatchObject({ title: '政府工作报告（征求意见稿）', issuedOn: '2023-01-08', periodStart: 2023, periodEnd: 2023 });
  });

  it('reads the title of a statistical communiqué and the year it reports (和政 2022: 2022年和政县国民经济和社会发展统计公报)', () => {
    const text =
      '2022年和政县国民经济和社会发展统计公报\n2022年,面对严峻复杂的外部环境,全县经济稳定恢复。\n一、综合\n初步核算,全年全县地区生产总值341881万元。';
    expect(metadataOf(text)).toMatchObject({ title: '2022年和政县国民经济和社会发展统计公报', periodStart: 2022, periodEnd: 2022 });
  });

  it("drops a portal's 标题 label and a site's tag in lenticular brackets from a title (海口 2023, 青浦 2021)", () => {
    const haikou =
      '您现在所在的位置 : 首页 > 信息公开 > 政策文件  > 内容\n\n发文机关: 海口日报 成文日期: 文 号: 发布日期: 2023-02-24\n\n标题: 2023年海口市政府工作报告\n\n时效性: 有效\n\n' +
      '2023年海口市政府工作报告\n\n政 府 工 作 报 告 \n\n——2023年2月9日在海口市第十七届人民代表大会第三次会议上 \n\n    海口市市长  丁 晖\n\n各位代表:\n';
    expect(metadataOf(haikou)).toMatchObject({ title: '2023年海口市政府工作报告', issuedOn: '2023-02-09' });
    const qingpu = '• 【青浦区招商】2021年青浦区政府工作报告\n\n    2021年青浦区政府工作报告各位代表:现在,我代表青浦区人民政府,向大会报告工作,请予审议。';
    expect(metadataOf(qingpu)).toMatchObject({ title: '2021年青浦区政府工作报告', periodStart: 2021 });
  });
});

describe('the period of a plan a page reports', () => {
  it('is the period of the plan the page says is issued at its opening (湖北 2021, 岳西 2021, 浙江 2021 news releases)', () => {
    expect(metadataOf('11月10日从省发改委获悉，湖北省发布《湖北省服务业发展“十四五”规划》，提出努力建设…。\n')).toMatchObject({
      periodStart: 2021,
      periodEnd: 2025,
    });
    expect(metadataOf('岳西大力推动服务业锻长补短\n近日，经县政府同意，《岳西县“十四五”服务业发展规划》印发，明确提出…。\n')).toMatchObject({
      periodEnd: 2025,
    });
    expect(metadataOf('新华社杭州7月5日电 浙江省政府办公厅近日印发《浙江省数字经济发展“十四五”规划》指出…。\n')).toMatchObject({ periodEnd: 2025 });
  });

  it('is not the period of a plan cited as a basis', () => {
    expect(metadataOf('记者从市商务局获悉，根据《某市国民经济和社会发展第十四个五年规划纲要》，今年将推进…。\n').periodEnd).toBeNull();
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

  it('reads a plan called a 行动 as a document (rule action-as-document-kind: 楚雄 2024), not the portal label line above it', () => {
    const text =
      '首页\n\n您当前所在的位置: 首页 >> 公开信息内容\n\n索引号:115323000151673132-/2024-1021004 公开目录:州委文件 发布机构:楚雄州人民政府办公室\n主题词: 发布日期:2024年10月21日 文  号:楚办通〔2024〕57号\n标 题:\n中共楚雄州委办公室 楚雄州人民政府办公室印发《楚雄文化和旅游强州建设三年行动(2024—2026年)》的通知\n成文日期:\n\n各县市党委和人民政府:\n\n中共楚雄州委办公室\n\n楚雄州人民政府办公室\n\n2024年10月12日\n\n(此件公开发布)\n\n楚雄文化和旅游强州建设三年行动(2024—2026年)\n\n为加快推进文化和旅游高质量发展,实施本行动。\n';
    expect(metadataOf(text)).toMatchObject({
      title: '楚雄文化和旅游强州建设三年行动（2024—2026年）',
      issuedOn: '2024-10-12',
      periodStart: 2024,
      periodEnd: 2026,
    });
    // A title ending in 通知 or a period is whole with 行动 in it; a news line about an action ending in neither is no title.
    expect(metadataOf('某市开展消费提振专项行动\n\n为加快推进消费,实施本行动。\n').title).toBe('');
  });

  it('joins the plan period alone on the line below its title (rule period-on-own-line: 亳州 2024)', () => {
    const text =
      '经市政府同意,现将《亳州市加快培育低空经济高质量发展实施方案(2024—2027年)》印发给你们,请结合实际认真抓好落实。\n亳州市发展和改革委员会\n2024年8月6日\n亳州市加快培育低空经济高质量发展实施方案\n(2024—2027年)\n低空经济,是以有人驾驶和无人驾驶航空器为主的综合性经济形态。\n';
    expect(metadataOf(text)).toMatchObject({
      title: '亳州市加快培育低空经济高质量发展实施方案（2024—2027年）',
      issuedOn: '2024-08-06',
      periodStart: 2024,
      periodEnd: 2027,
    });
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

  it("dates a notice by its 成文时间 or its signature, not by the page's 发布日期 line (长治 2024)", () => {
    const header =
      '- 发布机构:长治市人民政府办公室\n- 发布日期:2024年06月28日\n- 发文字号:长政办发〔2024〕19号\n长治市人民政府办公室关于印发长治市推进服务业优质高效发展2024年行动计划的通知\n';
    const notice =
      '各县区人民政府,市直有关单位:\n《长治市推进服务业优质高效发展2024年行动计划》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n长治市人民政府办公室\n2024年6月21日\n';
    expect(metadataOf(header + notice).issuedOn).toBe('2024-06-21');
    expect(metadataOf('- 成文时间:2024年06月21日\n' + header + notice.replace('2024年6月21日\n', '')).issuedOn).toBe('2024-06-21');
    expect(metadataOf(header + notice.replace('2024年6月21日\n', '')).issuedOn).toBe('2024-06-28');
  });

  it('joins title lines only where they are adjacent, and never a contact line (长兴 2024, 湖州 2025 drafts out for comment)', () => {
    const changxing =
      '关于公开征求《进一步加快服务业高质量发展的若干政策意见》(征求意见稿)意见的函\n\n为深入贯彻落实新发展理念,我局草拟了《关于进一步加快服务业高质量发展的若干政策意见》(征求意见稿),现征求社会公众意见。\n\n长兴县发展和改革局\n\n2024年5月7日\n\n关于进一步加快服务业高质量发展的若干政策意见\n\n(征求意见稿)\n\n为深入贯彻落实新发展理念,特制定本政策。\n';
    expect(metadataOf(changxing).title).toBe('关于进一步加快服务业高质量发展的若干政策意见（征求意见稿）');
    const huzhou =
      '关于再次征求《某市人工智能高质量发展三年行动计划》意见建议的函\n\n现就《某市人工智能高质量发展三年行动计划》公开征求意见。\n\n联系人:顾某\n\n联系电话:0572-2398661\n\n某市人工智能高质量发展三年行动计划(2025—2027年)\n';
    expect(metadataOf(huzhou).title).toBe('某市人工智能高质量发展三年行动计划（2025—2027年）');
  });

  it("takes a copied news item's date line, the day then the paper, as the date (rule dateline-before-paper: 宝鸡 2019)", () => {
    const baoji =
      '政策法规\n\n欣欣首页 全部分类 搜索 我的欣欣\n欣欣旅游旅游新闻政策法规 > 正文\n\n宝鸡出台创建国家5A、4A级旅游景区奖励补助办法\n\n2019-01-23   陕西日报\n\n  陕西日报讯(记者 李卫)为加快高A级旅游景区创建步伐,推动旅游业高质量发展。\n';
    expect(metadataOf(baoji).issuedOn).toBe('2019-01-23');
    // A date before something else than a paper's name is no date line.
    expect(metadataOf('某市规划\n2019-01-23 征求意见稿\n正文。\n').issuedOn).toBeNull();
    // An e-paper reader's date alone on its line over the weekday (rule date-over-weekday: 淄博 2026).
    expect(metadataOf('电子报阅读机\n2026-01-23\n星期五\n当前报纸名称:淄博日报\n\n战略擘画凝共识 奋楫笃行开新局\n').issuedOn).toBe('2026-01-23');
    // The byline may stand between the day and the source label (长岛 2017, 大众日报).
    expect(
      metadataOf(
        '长岛获批“十三五”全省服务业综合改革试点县\n\n2017-02-16 作者: 隋翔宇 通讯员 纪振兴 报道 来源: 大众日报\n  本报长岛讯 省发改委日前对外公布了名单。\n',
      ).issuedOn,
    ).toBe('2017-02-16');
  });

  it('takes the period a plan stored from its preamble opens by naming (rule opening-period: 邵阳 2011, 鄂尔多斯 2021)', () => {
    const shaoyang =
      '“十二五”时期（2011—2015年）是我市深入贯彻落实科学发展观，全面建设小康社会的关键时期。邵阳市国民经济和社会发展第十二个五年规划，是我市的行动指南。\n第一章 总体思路和发展目标\n';
    expect(metadataOf(shaoyang)).toMatchObject({ periodStart: 2011, periodEnd: 2015 });
    const ordos = '“十四五”时期是我国全面建成小康社会之后的第一个五年，也是鄂尔多斯实现新的更大发展的关键时期。\n第一篇 开启新征程\n';
    expect(metadataOf(ordos)).toMatchObject({ periodStart: 2021, periodEnd: 2025 });
    // A period named later in the opening, or as what a page looks back on, is no period of the page's own.
    expect(metadataOf('某县新闻\n“十三五”时期，全县经济保持平稳增长。\n').periodStart).toBeNull();
  });

  it("takes a news page's date line, the day then its source label, as the date (rule dateline-before-source: 南阳 2023)", () => {
    const nanyang =
      '南阳物流业加速发展势头强劲 打造区域物流枢纽 提升城市竞争优势\n\n\n记者 刘露\n\n2023-11-27 来源:南阳广播电视台\n\n日前,记者从南阳市经济运行调度指挥部办公室了解到。\n';
    expect(metadataOf(nanyang).issuedOn).toBe('2023-11-27');
    // A date before something else than a source label is no date line.
    expect(metadataOf('某市规划\n2019-01-23 征求意见稿\n正文。\n').issuedOn).toBeNull();
    // An e-paper reader's date alone on its line over the weekday (rule date-over-weekday: 淄博 2026).
    expect(metadataOf('电子报阅读机\n2026-01-23\n星期五\n当前报纸名称:淄博日报\n\n战略擘画凝共识 奋楫笃行开新局\n').issuedOn).toBe('2026-01-23');
    // The byline may stand between the day and the source label (长岛 2017, 大众日报).
    expect(
      metadataOf(
        '长岛获批“十三五”全省服务业综合改革试点县\n\n2017-02-16 作者: 隋翔宇 通讯员 纪振兴 报道 来源: 大众日报\n  本报长岛讯 省发改委日前对外公布了名单。\n',
      ).issuedOn,
    ).toBe('2017-02-16');
  });

  it("keeps a document-sharing site's preview frame out of the title (rule document-site-preview: 砚山 2011 on renrendoc.com)", () => {
    const yanshan =
      '已阅读5页,还剩9页未读, 继续免费阅读\n版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n文档简介\n砚山县招商引资优惠政策(试行)\n第一条 凡到我县投资新办企业且符合国家产业政策的,均可享受本优惠政策。\n';
    expect(metadataOf(yanshan).title).not.toMatch(/已阅读|版权说明|文档简介/);
    expect(isPageChromeLine('已阅读5页，还剩9页未读，继续免费阅读')).toBe(true);
    expect(isPageChromeLine('文档简介')).toBe(true);
    // A sentence about reading is none.
    expect(isPageChromeLine('已阅读并同意本协议')).toBe(false);
  });

  it('takes a timestamp written with dots after a source line as the date (rule dotted-timestamp: 洛阳 2025 来源: 洛阳网 2025.09.25 20:09)', () => {
    expect(metadataOf('洛阳亮出“十四五”发展成绩单\n来源: 洛阳网 2025.09.25 20:09\n　　2025年是“十四五”规划收官之年。\n').issuedOn).toBe('2025-09-25');
    // Not a version number or a decimal without a time after it.
    expect(metadataOf('某市规划\n版本 2025.09.25\n正文。\n').issuedOn).toBeNull();
  });

  it('takes the timestamp after an editor’s label and name as the date (rule editor-before-timestamp: 龙华 2018)', () => {
    expect(metadataOf('编辑:胡安坤2018-01-24 16:20内容来源:龙华网\n龙华区第一届人民代表大会第二次会议开幕。\n正文。\n').issuedOn).toBe('2018-01-24');
  });

  it("dates a page by the item's timestamp, not by the portal's clock over its navigation (rule header-clock: 涟水 2023)", () => {
    const body = ['聚焦经济指标强调度。我县紧盯主要经济指标。', '聚力联动招商强突破。我县优化整合各方力量。', '聚合集成要素强保障。我县实施要素集成供应。'];
    const page = `2024年05月17日 星期五\n\n网站首页 专题 详情\n\n我县“攀高比强”打造县域经济发展新优势\n\n2023-09-22 09:00:11\n\n■ 通讯员 年 轩\n\n本报讯 今年以来,我县锚定目标。\n\n${[...body, ...body, ...body, ...body, ...body, ...body].join('\n\n')}\n`;
    expect(metadataOf(page).issuedOn).toBe('2023-09-22');
    // A paper's date line with its weekday and no timestamp below it stays the date.
    expect(metadataOf('2017年03月31日 星期五\n某县召开经济工作会议\n会议指出,要抓好项目建设。\n').issuedOn).toBe('2017-03-31');
  });

  it("takes the timestamp after a source line's name as the date (华容 2021: 来源:华容县政府   2021-03-23 10:56)", () => {
    expect(
      metadataOf('2021年县政府重点工作任务(华政发〔2021〕2号)\n来源:华容县政府   2021-03-23 10:56\n浏览量:1 | | | |\n\n各乡镇人民政府、县直各单位:\n正文。\n')
        .issuedOn,
    ).toBe('2021-03-23');
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

  it('takes neither the addressees nor the list of attachments for a title (沁县 2025)', () => {
    const notice =
      '县示范区管委会，各乡、镇人民政府，县直各有关单位：\n经县政府同意，现将任务分解印发给你们。\n附件：1.2025年县《政府工作报告》任务清单\n2.2025年民盼实事任务分解\n某县人民政府办公室\n2025年5月18日\n附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作（8项）\n';
    expect(metadataOf(notice).title).toBe('2025年县政府工作报告任务清单');
  });

  it('reads labels boxed as table cells ([ 发文字号 ] | X |) and the year a 计划执行情况与计划草案 report plans (城口 2025)', () => {
    const page =
      '[ 索引号 ] | 11500229759293419E/2025-00009 | [ 发文字号 ] | 城发改委发〔2025〕4号 |\n[ 发布机构 ] | 城口县发展和改革委员会 | ||\n[ 成文日期 ] | 2025-02-17 | [ 发布日期 ] | 2025-02-21 |\n城口县发展和改革委员会关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知\n各乡镇人民政府：\n';
    expect(metadataOf(page)).toMatchObject({
      title: '城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告',
      issuer: '城口县发展和改革委员会',
      docNumber: '城发改委发〔2025〕4号',
      issuedOn: '2025-02-17',
      periodStart: 2025,
    });
  });

  it('keeps the attachment mark on its own line out of the title below a notice (玉林 2024: 附件 / 玉林市“十四五”降碳目标工作实施方案)', () => {
    const text =
      '玉林市应对气候变化及节能减排工作领导小组\n办公室关于印发玉林市“十四五”降碳目标\n工作实施方案的通知\n各县(市、区)人民政府,各开发园区管委,市各有关单位:\n经市人民政府同意,现将《玉林市“十四五”降碳目标工作实施方案》印发给你们,请认真组织实施。\n附件:玉林市“十四五”降碳目标工作实施方案\n玉林市应对气候变化及节能减排工作领导小组办公室(代)\n2024年3月22日\n(此件公开发布)\n附件\n玉林市“十四五”降碳目标工作实施方案\n(一)推进产业结构优化调整\n';
    expect(metadataOf(text)).toMatchObject({ title: '玉林市“十四五”降碳目标工作实施方案', issuedOn: '2024-03-22' });
  });

  it('reads a date in the cell beside its label in a table of | cells (date-in-label-cell: 周口 2013, 临安 2022)', () => {
    const zhoukou =
      '发文机关 | 成文日期 | 2013-01-09 | |\n发文字号 | 周政〔2013〕2号 | 发布日期 | 2013-01-22 |\n周口市人民政府\n关于做好2013年经济社会发展重点工作的通知\n周政〔2013〕2号\n各县(市、区)人民政府,市人民政府各部门:\n';
    expect(metadataOf(zhoukou)).toMatchObject({ issuedOn: '2013-01-09' });
    // 发文日期 where the page shows no signature; a signature date comes first (太湖 2019 posts its 发文日期 later).
    const linan =
      '索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |\n公开范围 | 面向社会 | 公开时限 | 长期公开 |\n发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n';
    expect(metadataOf(linan)).toMatchObject({ issuedOn: '2022-07-14' });
    expect(metadataOf('发文日期: 2019-01-23\n各乡、镇人民政府:\n现予印发。\n太湖县人民政府\n2019年1月17日\n').issuedOn).toBe('2019-01-17');
  });

  it('ends a label value at the next label, also when the copy lost the spaces between them (衢州 2021: 发布机构 … 公开方式)', () => {
    const text =
      '索引号: 11330800002618015K/2021-121563 成文日期: 2021-03-24\n发布机构: 市政府办公室 公开方式: 主动公开\n有效性: 有效 组配分类: 市府办文件\n文件编号: 衢政办发〔2021〕3号 统一编号:\n\n关于印发2021年政府工作报告重点工作责任分解的通知\n';
    expect(metadataOf(text)).toMatchObject({ issuer: '市政府办公室', issuedOn: '2021-03-24', docNumber: '衢政办发〔2021〕3号' });
  });

  it('reads the issuer of a reposted title after its 原标题： mark', () => {
    expect(metadataOf('原标题:重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)的通知\n现将《…》印发给你们。\n')).toMatchObject({
      title: '重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）',
      issuer: '重庆市人民政府',
    });
  });

  it('ends a title at an update mark (…十四五规划（2022年更新）), without the province tag a collection site puts before it', () => {
    expect(metadataOf('（湖北省）荆州市公安县国民经济和社会发展十四五规划（2022年更新）\n公安县国民经济和社会发展第十四个五年规划和\n').title).toBe(
      '荆州市公安县国民经济和社会发展十四五规划（2022年更新）',
    );
  });

  it('names a title that divides up a cited document whole (《江西省人民政府关于…》责任分工)', () => {
    expect(metadataOf('《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工\n一、加大投资力度\n')).toMatchObject({
      title: '《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工',
      issuer: null,
    });
  });

  it('reads a yearly task list (…2023年重点工作任务) and a report page marked （全文）', () => {
    expect(metadataOf('某市推动绿色低碳高质量发展2023年重点工作任务\n一、深入实施创新驱动发展战略\n')).toMatchObject({
      title: '某市推动绿色低碳高质量发展2023年重点工作任务',
      periodStart: 2023,
      periodEnd: 2023,
    });
    expect(metadataOf('2024年某省政府工作报告(全文)\n扎实有序推进乡村建设治理。\n').periodStart).toBe(2024);
  });

  it('takes a page headline quoting the whole title in 《》 alone, not joined to the title lines below it (闵行 2024)', () => {
    const text =
      '当前位置:\n《闵行区关于产业高质量发展的政策意见 (征求意见稿)》\n来源:上海市闵行区经济委员会  发布时间:2024年10月14日\n\n闵行区关于产业高质量发展的政策意见\n\n(征求意见稿)\n\n为深入贯彻落实…,特制定本政策意见。\n';
    expect(metadataOf(text)).toMatchObject({ title: '关于产业高质量发展的政策意见（征求意见稿）', issuedOn: '2024-10-14' });
  });

  it('reads a body of rules (…工作规则) as a title, with labels whose values sit on later lines (镇巴 2024)', () => {
    const text =
      '返回顶部\n\n镇巴县人民政府工作规则\n\n  • 发文字号:\n\n    镇政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n\n镇巴县人民政府工作规则\n\n第一章总则\n';
    expect(metadataOf(text)).toMatchObject({ title: '镇巴县人民政府工作规则', docNumber: '镇政发〔2024〕7号', issuedOn: '2024-04-06' });
  });

  it("dates a news page by the timestamp after the paper's name (旺苍 2018: 四川经济日报 2018-11-26 06:46)", () => {
    const text = '要素再保障 服务再升级 先进再奖励 旺苍巧用“有形之手”打好工业收官战\n\n四川经济日报 2018-11-26 06:46 大字\n\n四川经济日报广元讯(记者 侯东)…\n';
    expect(metadataOf(text).issuedOn).toBe('2018-11-26');
  });

  it("skips a site's masthead (…集团 主办) and dates a page by a paper's date line with its weekday (宁晋 2022, 平房 2017)", () => {
    expect(metadataOf('长城新媒体集团  主办\n当前位置: 邢台要闻\n\n河北:11条举措支持宁晋建设全国产业转型升级试验区先行县\n').title).toBe('');
    expect(metadataOf('2017年03月31日 星期五\n哈尔滨经开区“黄金10条”扶持产业\n\n    科技日报哈尔滨3月30日电…\n').issuedOn).toBe('2017-03-31');
  });

  it("skips a site's menu bar opening with 首页, so the title line names its issuer (吉林 2021: 吉林省人民政府关于…的意见)", () => {
    const page =
      '吉林省发展和改革委员会\n首 页 通知公告 政府信息公开 政务服务 政民互动\n当前位置:首页 > 政策法规\n吉林省人民政府关于推动服务业转型升级高质量发展的意见\n时间:2021-08-26 14:54:00 来源: 字体大小:\n';
    const metadata = metadataOf(page);
    expect(metadata.title).toBe('关于推动服务业转型升级高质量发展的意见');
    expect(metadata.issuer).toBe('吉林省人民政府');
  });
});

describe('service-industry policy pages (服务业 / 消费)', () => {
  it('skips a trail labelled 您的当前位置 run into the headline, and takes the period below the title written again (常州 2016)', () => {
    const page =
      '您的当前位置:首页常州市创新发展现代服务业三年行动计划\n\n常州市创新发展现代服务业三年行动计划\n\n2020-12-29 来源:爱问旅游网\n\n\n常州市创新发展现代服务业三年行动计划\n\n(2016-2018年)\n\n为推进创新驱动发展,构建现代产业体系,特制订本计划。\n';
    expect(metadataOf(page).title).toBe('常州市创新发展现代服务业三年行动计划（2016-2018年）');
    // Only a period is taken from below the repeat: a standing of another kind stays the repeat's.
    expect(metadataOf('某市现代服务业三年行动计划\n\n2020-12-29 来源:某网\n\n某市现代服务业三年行动计划\n\n(征求意见稿)\n').title).toBe(
      '某市现代服务业三年行动计划',
    );
  });

  it("reads a call for comments headed by the draft's title in 《》 and its standing, under the column's name (rules consultation-column: 廊坊 2018)", () => {
    const page =
      '规范性文件草案征集意见\n《关于实施旅游产业化战略建设旅游强市的意见》(征求意见稿)公开征求意见的通知\n为深入贯彻落实党中央、国务院和省委、省政府关于促进旅游业改革发展的系列决策部署,我委牵头起草了该意见。\n';
    expect(metadataOf(page).title).toBe('关于实施旅游产业化战略建设旅游强市的意见（征求意见稿）');
  });

  it('keeps a date that lost its 年月日 out of the title below it (忻州 2022: 2022530)', () => {
    const text =
      '忻州市人民政府办公室\n\n2022530\n\n（此件公开发布）\n\n忻州市促进服务业领域困难行业恢复发展\n\n相关配套措施\n\n为认真贯彻落实…，制定以下配套措施。';
    expect(metadataOf(text).title).toBe('忻州市促进服务业领域困难行业恢复发展相关配套措施');
  });

  it('reads the year of a title written without 年 (广元 2023: …2023消费促进年工作方案), and dates the page by 发布时间, not the span of a consultation', () => {
    const text =
      '广元市2023消费促进年工作方案(征求意见稿)\n征集时间:2023-03-13至2023-03-21   发布时间:2023-03-22   征集单位:市商务局\n\n为全面贯彻党的二十大精神，制定本方案。';
    expect(metadataOf(text)).toMatchObject({ title: '广元市2023消费促进年工作方案（征求意见稿）', issuedOn: '2023-03-22', periodStart: 2023, periodEnd: 2023 });
  });

  it('reads no year from an amount in a headline (rule year-not-amount: 泉州 2022 …旅游总收入超过2000亿元)', () => {
    const text =
      '泉州市到2025年旅游总收入超过2000亿元 年均增速保持两位数以上\n泉州发布加快推进旅游业高质量发展的实施意见\n日前,泉州市人民政府办公室发布了关于加快推进旅游业高质量发展的实施意见。\n';
    expect(metadataOf(text)).toMatchObject({ periodStart: null, periodEnd: null });
  });

  it('reads a title closed by （试行） and a page date labelled 日期: (沙县 2012)', () => {
    const text =
      '关于加快第三产业发展的实施意见(试行)\n\n日期:2012-10-11 16:17 来源:本网\n\n沙县人民政府\n\n各乡(镇)人民政府：\n\n为进一步提升我县第三产业的质量和水平，提出如下实施意见。';
    expect(metadataOf(text)).toMatchObject({ title: '关于加快第三产业发展的实施意见（试行）', issuedOn: '2012-10-11' });
  });

  it('skips the site name above a breadcrumb trail and runs the trail into no title line (临朐 2016)', () => {
    const text =
      '中国临朐\n当前位置:首页--委办局--县人力资源和社会保障局--政策法规\n中共临朐县委、临朐县人民政府关于加快建设人才强县的若干意见\n发布时间:2016-02-29  来源:  \n\n为深入实施创新驱动和人才强县战略，现就加快建设人才强县提出如下意见。';
    expect(metadataOf(text)).toMatchObject({ title: '关于加快建设人才强县的若干意见', issuer: '中共临朐县委、临朐县人民政府' });
  });

  it('joins no row of a portal metadata table into the title (肃南 2022: 公开形式 | 主动公开 | 责任部门 | …)', () => {
    const text =
      '索引号 | 620721003/2022-00296 | 发文字号 | 肃政办发〔2022〕104号 |\n---|---|---|---|\n关键词 | 发布机构 | 肃南县政府办 | |\n公开形式 | 主动公开 | 责任部门 | 肃南县政府办 |\n生成日期 | 2022-08-30 15:50:00 | 是否有效 | 是 |\n各乡(镇)人民政府,县政府(省市驻肃)有关部门、单位:\n《肃南县2022年促消费专项活动实施方案》已经县政府同意,现印发给你们,请认真抓好贯彻落实。\n肃南县人民政府办公室\n2022年8月30日\n肃南县2022年促消费专项活动实施方案\n为全面贯彻落实一揽子政策措施，特制定本实施方案。';
    expect(metadataOf(text)).toMatchObject({ title: '肃南县2022年促消费专项活动实施方案', docNumber: '肃政办发〔2022〕104号', issuedOn: '2022-08-30' });
  });

  it('names the draft a call for comments publishes (忠县 2022: 关于《X（征求意见稿）》公开征求意见的通知)', () => {
    const text =
      '搜索\n您当前的位置:首页>互动交流>意见征集\n\n忠县发展和改革委员会 关于《忠县促进消费恢复发展若干政策措施(征求意见稿)》公开征求意见的通知\n\n日期:2022-05-26\n字号:\n分享:\n\n忠县发展和改革委员会\n\n根据有关要求，现征求社会各界意见。';
    expect(metadataOf(text).title).toBe('忠县促进消费恢复发展若干政策措施（征求意见稿）');
    expect(metadataOf('关于公开征求《某县养老服务设施布局规划》意见的通知\n\n各有关单位：\n').title).toBe('某县养老服务设施布局规划');
  });

  it('reads a title after the portal label 标题: without the label in its issuer (吕梁 2025)', () => {
    const text =
      '索  引 号: 111423LL00100/2025-56115 主题分类:\n发文机关: 成文日期: 2025年08月22日\n标      题: 吕梁市商务局吕梁市财政局关于开展下半年促销费活动的通知\n发文字号: 吕商务〔2025〕45 号 发布日期: 2025年08月22日\n\n    各县市、区商务主管部门、财政局:\n\n为贯彻落实全市促消费工作部署，现就促消费活动通知如下:';
    expect(metadataOf(text)).toMatchObject({ title: '关于开展下半年促销费活动的通知', issuer: '吕梁市商务局吕梁市财政局', issuedOn: '2025-08-22' });
  });
});

describe('notices issuing a document (rule own-title-below-notice, rule circle-for-zero)', () => {
  it("takes the document's own title, wrapped below the notice, where the notice's title shortens it (厦门 2019)", () => {
    const text =
      '厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知\n\n厦府办〔2019〕10号\n\n各区人民政府,市直各委、办、局,各开发区管委会,各有关单位:\n\n《厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施》已经市政府同意,现印发给你们,请认真组织实施。\n\n \n\n厦门市人民政府办公厅\n\n2019116\n\n \n\n厦门市聚焦企业关切进一步落实\n\n优化营商环境政策的若干措施\n\n \n\n为全面贯彻落实国务院有关文件精神,制定本措施。';
    expect(metadataOf(text)).toMatchObject({ title: '厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施', docNumber: '厦府办〔2019〕10号' });
  });

  it("keeps the notice's name where it equals the document's own title line, and skips the release marking (长治 2024, 太湖 2019)", () => {
    const changzhi =
      '长治市人民政府办公室关于印发长治市推进服务业优质高效发展2024年行动计划的通知\n各县区人民政府,市直有关单位:\n《长治市推进服务业优质高效发展2024年行动计划》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n长治市人民政府办公室\n2024年6月21日\n(此件公开发布)\n长治市推进服务业优质高效发展2024年行动计划\n为推动服务业发展,制定本计划。';
    expect(metadataOf(changzhi)).toMatchObject({ title: '长治市推进服务业优质高效发展2024年行动计划', issuedOn: '2024-06-21' });
    const taihu =
      '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n\n各乡、镇人民政府,县政府各部门、各直属机构:\n\n  《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。\n\n太湖县人民政府\n2019年1月17日\n\n太湖县人民政府工作规则\n\n第一章  总  则';
    expect(metadataOf(taihu)).toMatchObject({ title: '太湖县人民政府工作规则', issuedOn: '2019-01-17' });
  });

  it("reads a signature date whose zeros a copy wrote as circles, before a document site's upload time (阿拉善 2007: 二○○七年六月五日)", () => {
    const text =
      '阿拉善盟行政公署办公室公文处理实施细则及文种式样.docx\n- 文档编号:5043956\n- 上传时间:2022-12-12\n- 格式:DOCX\n- 页数:9\n- 大小:24.26KB\n阿拉善盟行政公署办公室公文处理实施细则及文种式样.docx\n《阿拉善盟行政公署办公室公文处理实施细则及文种式样.docx》由会员分享,可在线阅读,更多相关《阿拉善盟行政公署办公室公文处理实施细则及文种式样.docx(9页珍藏版)》请在冰豆网上搜索。\n阿拉善盟行政公署办公室公文处理实施细则及文种式样\n阿拉善盟行政公署办公室关于印发阿拉善盟行政公署办公室公文处理实施细则及文种式样的通知\n(阿署办发〔2007〕22号)\n各旗人民政府,行署各委、办、局,阿拉善开发区,各大企业:\n根据工作需要,对《阿拉善盟行政公署办公室公文处理实施细则》进行了修改和完善,现将修改完善后的《阿拉善盟行政公署办公室公文处理细则及文种式样》印发给你们,望认真贯彻执行。\n二○○七年六月五日\n阿拉善盟行政公署办公室公文处理实施细则及文种式样\n目 录';
    expect(metadataOf(text)).toMatchObject({ title: '阿拉善盟行政公署办公室公文处理实施细则及文种式样', issuedOn: '2007-06-05' });
  });
});

describe('titles cited inside a notice (rule unnested-marks)', () => {
  it('marks the citations of an issued title with 《》, as its own title line does (辽宁 2024)', () => {
    const text =
      '辽政发〔2024〕3号\n\n辽宁省人民政府关于印发《2024年\n省〈政府工作报告〉重点工作分工方案》的通知\n\n各市人民政府,省政府各厅委、各直属机构:\n  《2024年省〈政府工作报告〉重点工作分工方案》已经省政府十四届四次全体(扩大)会议审议通过,现印发给你们,请认真贯彻,抓好落实。\n\n辽宁省人民政府\n  2024年2月5日\n\n2024年省《政府工作报告》重点工作\n分工方案';
    expect(metadataOf(text)).toMatchObject({ title: '2024年省《政府工作报告》重点工作分工方案', issuedOn: '2024-02-05' });
  });

  it('unnests the marks on a Traditional-character mirror, read as Simplified (懷化 2023: 關于印發《…〈…〉…》的通知)', () => {
    const text =
      '懷化市人民政府辦公室關于印發《懷化市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》的通知\n\n發布時間:2023-03-15 09:28信息來源:懷化市人民政府辦公室\n\n懷政辦發〔2023〕9號';
    expect(metadataOf(text).title).toBe('怀化市贯彻落实《关于打好经济增长主动仗实现经济运行整体好转的若干政策措施》实施方案');
  });
});

describe('a later copy of an old document (rule copy-date-after-number)', () => {
  it("takes no issue date from a law site's timestamp years after the document number's year (南京 2006)", () => {
    const text =
      '南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知\n\n2020年07月23日06:05:59\n发布部门: 江苏省南京市人民政府\n发布文号: 宁政发[2006]275号\n\n各区县人民政府,市府各委办局,市各直属单位:\n\n\n《南京市国民经济和社会发展第十一个五年规划纲要》(以下简称《纲要》)是未来五年南京经济社会发展的宏伟蓝图,是全市人民共同奋斗的行动纲领,是政府履行经济调节、市场监管、社会管理和公共服务职责的重要依据。为切实做好《纲要》实施工作,市政府决定将《纲要》提出的主要目标和任务分解落实到各区县政府、各部门。现将有关事项通知如下:';
    expect(metadataOf(text)).toMatchObject({
      title: '关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知',
      docNumber: '宁政发〔2006〕275号',
      issuedOn: null,
    });
    // The same timestamp on a page of that year's document is its date.
    expect(metadataOf(text.replace('宁政发[2006]275号', '宁政发[2020]27号')).issuedOn).toBe('2020-07-23');
  });
});

describe('page metadata of pages from places not golded before (branch meta)', () => {
  it('runs a trail from the home page into no title, whatever its last crumb, and skips a tab label (rule trail-to-title: 万州 2021)', () => {
    const page =
      '首页 >> 政策 >>区县 >>万州 >> 重庆市万州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n详细内容\n\n重庆市万州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n时间:2021-07-10     作者:重庆企业网【转载】   阅读\n';
    expect(metadataOf(page).title).toBe('重庆市万州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(isPageChromeLine('首页 >> 政策 >>区县 >>万州 >> 重庆市万州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')).toBe(true);
  });

  it('takes a trail joined by / and the portal links above a district site for chrome (rules slash-trail: 子洲 2024, portal-links: 江岸 2024)', () => {
    expect(isPageChromeLine('首页/ 政务公开/ 法定主动公开内容/ 统计信息/ 统计公报/ 正文')).toBe(true);
    expect(isPageChromeLine('中国政府网湖北省政府武汉市政府')).toBe(true);
    expect(isPageChromeLine('智能问答 长者专区 残疾人专区 无障碍繁体登录注册')).toBe(true);
    expect(isPageChromeLine('湖北省人民政府关于加快发展的意见')).toBe(false);
    const page = '首页/ 政务公开/ 统计公报/ 正文\n\n子洲县二〇二三年国民经济和社会发展统计公报\n\n子洲县统计局\n\n2024年4月15日\n\n一、综合\n';
    expect(metadataOf(page).title).toBe('子洲县二〇二三年国民经济和社会发展统计公报');
  });

  it('takes the title from the cell after its label in a `|` label table (rule labelled-title-cell: 张店 2021)', () => {
    const page =
      '标题: | 张店区国民经济和社会发展第十四个五年规划和2035年远景目标纲要 | ||\n---|---|---|---|\n索引号: | 1137030300421716XM/2021-5200794 | 文号: | |\n发文日期: | 2021-06-22 | 发布机构: | 张店区发展和改革局 |\n《张店区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,根据…编制。\n';
    expect(metadataOf(page)).toMatchObject({
      title: '张店区国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
      issuedOn: '2021-06-22',
      periodStart: 2021,
      periodEnd: 2025,
    });
  });

  it("takes an accessibility toolbar's buttons run together for chrome (rule reader-tools: 漯河 2024)", () => {
    expect(isPageChromeLine('字体缩小字体放大页面缩小页面放大高对比度辅助线恢复正常关闭')).toBe(true);
    expect(isPageChromeLine('关闭')).toBe(true);
    expect(isPageChromeLine('漯河市2024年国民经济和社会发展计划')).toBe(false);
    const page =
      '字体缩小字体放大页面缩小页面放大高对比度辅助线恢复正常关闭\n漯河市2024年国民经济和社会发展计划\n来源:漯河市发改委网站  时间:2024-03-07\n\n一、2023年国民经济和社会发展计划执行情况\n';
    expect(metadataOf(page).title).toBe('漯河市2024年国民经济和社会发展计划');
  });

  it("takes a portal's greeting and account links for chrome (rule site-welcome: 开鲁 2025)", () => {
    expect(isPageChromeLine('欢迎访问开鲁县人民政府!')).toBe(true);
    expect(isPageChromeLine('登录/注册 用户中心 支持IPV6')).toBe(true);
    expect(isPageChromeLine('全县生态保护大会暨毁林毁草专项整治工作推进会议召开')).toBe(false);
  });

  it("keeps a paper e-edition's page list, date line and reader's controls out of the headline (rules e-paper-chrome, chrome-breaks-title: 山南 2021)", () => {
    const page =
      '第08版:文件 上一版3\n \n版面导航\n\n第01版\n头版\n\n第02版\n综合\n\n第03版\n文件\n \n标题导航\n| 山南网首页 |\n2021年6月23日 星期\n3 上一篇 放大 缩小 默认\n山南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n \n\n“十四五”时期是我国全面建成小康社会…的第一个五年。\n';
    expect(metadataOf(page).title).toBe('山南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
  });

  it("takes the document's own title below a collection site's label with a province tag (rule site-tag-then-own-title: 冀州 2022)", () => {
    const page =
      '(河北省)衡水市冀州区国民经济和社会发展十四五规划(2022年更新)\n冀州区国民经济和社会发展 第十四个五年规划和二〇三五年远景目标纲要\n前 言\n“十四五”时期，是…的第一个五年。\n';
    expect(metadataOf(page).title).toBe('冀州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    // A label with no title line below it stays the title, without the site's remarks (新晃 2020).
    expect(metadataOf('(湖南省)2020年新晃侗族自治县政府工作报告(全文)\n公文搜 2021-07-27 17:55:23 政府报告\n').title).toBe('2020年新晃侗族自治县政府工作报告');
  });

  it('reads the column a one-line trail ends with, repeated below it, as chrome (rule column-after-trail: 瑶海 2021)', () => {
    const page =
      '会员登录  新用户注册 退出\n\n公文搜网 - 蓝秘书公文之家\n\n您现在的位置是: 首页 > 专题材料 > 政府报告\n\n政府报告\n\n(安徽省)2021年合肥市瑶海区人民政府工作报告(全文)\n\n公文搜 2021-07-28 08:33:05 政府报告\n';
    expect(metadataOf(page).title).toBe('2021年合肥市瑶海区人民政府工作报告');
  });

  it("reads a tag naming a region by its short name as the site's, no part of the title (正蓝旗 2022, 西乌旗 2022)", () => {
    const page =
      '(内蒙古)2022年西乌珠穆沁旗人民政府工作报告(全文)\n\n发布时间:2022-08-21 22:19   责任编辑:www\n\n2022年1月7日在西乌珠穆沁旗第十六届人民代表大会第一次会议上\n';
    expect(metadataOf(page)).toMatchObject({ title: '2022年西乌珠穆沁旗人民政府工作报告', issuedOn: '2022-01-07' });
  });

  it("reads a gazette's issue as the page's title, not its first document's (rule gazette-issue: 兴安盟 2019)", () => {
    const page =
      '您的位置: 政务公开 > 行政公署公报\n\n兴安盟行政公署公报2019年1-3期(总第52期)\n\n来源:行署办 作者:行署办公室 发布时间:2019年04月10日\n\n行政公署文件\n\n  兴安盟行政公署关于表彰奖励\n\n  乌力格尔艺术保护传承发展突出贡献者的决定\n\n  (兴署发〔2019〕1号)\n\n各旗县市人民政府,盟直有关部门:\n';
    expect(metadataOf(page).title).toBe('兴安盟行政公署公报2019年1-3期（总第52期）');
  });

  it("reads a signature date that lost its 年月日 before a portal's 发文日期 label (rule date-lost-marks: 牟定 2017)", () => {
    const page =
      '牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n\n索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:\n\n各乡镇人民政府,县级有关部门:\n\n经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。\n\n牟定县人民政府办公室\n\n(此件公开发布)\n\n{ 2017 6 23\n\n牟定县突发环境事件应急预案(试行)\n';
    expect(metadataOf(page).issuedOn).toBe('2017-06-23');
  });

  it('takes no date from the day a page was archived (rule archive-stamp: 南县 2018)', () => {
    const page =
      '归档时间:2023-06-15\n当前位置: 首页 > 公开领域 > 城乡规划\n\n南县住房和城乡建设局2018年度整体支出 绩效评价报告\n\n详细信息\n\n为检验预算编制的科学性…\n';
    expect(metadataOf(page)).toMatchObject({ title: '南县住房和城乡建设局2018年度整体支出绩效评价报告', issuedOn: null });
  });

  it("joins a notice's date to no line above it, even an attachment's file name (rule date-ends-notice: 潘集 2021)", () => {
    const page =
      '潘集区人民政府关于印发潘集区国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知\n各乡镇人民政府、田集街道办,区政府各部门、各直属机构:\n《潘集区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》(以下简称《纲要》)已经区十届人大七次会议审议批准,现印发给你们,请结合实际,认真贯彻执行。\n潘集区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要.docx\n2021年9月23日';
    expect(metadataOf(page).issuedOn).toBe('2021-09-23');
  });
});

describe("a collection site's labels of work reports (branch meta, second round)", () => {
  it('drops the province tag and the remark after the title, and skips the navigation menu (rule site-remarks-off-title: 黔西南 2021, 叶县 2025)', () => {
    expect(metadataOf('(贵州省)2021年黔西南州人民政府工作报告(全文)\n\n本地事\n\n(贵州省)2021年黔西南州人民政府工作报告(全文)\n\n政府工作报告\n').title).toBe(
      '2021年黔西南州人民政府工作报告',
    );
    expect(metadataOf('导航菜单\n\n(河南省)叶县人民政府工作报告(2025年3月18日)\n\n  二、2025年重点工作\n').title).toBe('叶县人民政府工作报告');
  });

  it('keeps a label naming the place over the bare title below it (靖安 2023), and joins an own title wrapped below the label (庐江 2021)', () => {
    const jingan =
      '导航菜单\n\n(江西省)靖安县人民政府工作报告(2023年1月16日)\n\n  政府工作报告\n\n  —— 2023年1月16日在靖安县第十七届人民代表大会第三次会议上\n\n  靖安县人民政府县长黄为民\n';
    expect(metadataOf(jingan)).toMatchObject({ title: '靖安县人民政府工作报告', issuedOn: '2023-01-16' });
    const lujiang =
      '(安徽省)合肥市庐江县国民经济和社会发展十四五规划(2022年更新)\n庐江县国民经济和社会发展\n第十四个五年规划和2035 年\n远景目标纲要\n庐江县人民政府\n2021 年 5 月\n';
    expect(metadataOf(lujiang).title).toBe('庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
  });

  it('dates a report by eight digits in brackets after its title (rule compact-date-remark: 湘潭县 2023)', () => {
    expect(metadataOf('湘潭县2023年政府工作报告(20221223)\n\n湘潭县2023年政府工作报告\n\n各位代表:\n')).toMatchObject({
      title: '湘潭县2023年政府工作报告',
      issuedOn: '2022-12-23',
    });
  });

  it("dates a news page by the timestamp after the paper's name in pinyin (青岛 2026: Da Zhong Ri Bao·2026-01-21 01:53)", () => {
    expect(metadataOf('青岛|在现代化强国、强省建设中“走在前、挑大梁”\nDa Zhong Ri Bao·2026-01-21 01:53\n政府工作报告全面回顾了2025年工作。\n').issuedOn).toBe(
      '2026-01-21',
    );
  });

  it("skips a paper's masthead and page header (浙江日报 数字报纸 / 第14版:今日开发区·特别报道: 金华 2024)", () => {
    expect(isPageChromeLine('浙江日报 数字报纸')).toBe(true);
    expect(isPageChromeLine('第14版:今日开发区·特别报道')).toBe(true);
  });
});

describe('labels and preambles of a second blind round (branch meta)', () => {
  it("takes the document a preamble names in 《》 and abbreviates, below a site's label with a province tag (东兴 2022)", () => {
    const page =
      '(四川省)内江市东兴区国民经济和社会发展十四五规划(2022年更新)\n《内江市东兴区国民经济和社会发展第十四个五年规划和二○三五远景目标纲要》(以下简称《纲要》),是贯彻落实…精神编制。\n经济综合实力显著增强。\n';
    expect(metadataOf(page).title).toBe('内江市东兴区国民经济和社会发展第十四个五年规划和二○三五远景目标纲要');
  });

  it('reads the title a portal table names beside 文件名称, with no colon (汉滨 2025)', () => {
    const page =
      '文件名称 | 汉滨区2025年政府工作报告 | ||\n索引号 | /2025-0000 | 公开目录: | 工作报告 |\n文号 | 成文日期: | 2025年04月15日 | |\n2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n汉滨区人民政府代区长 向诗兵\n各位代表:\n';
    expect(metadataOf(page)).toMatchObject({ title: '汉滨区2025年政府工作报告', issuedOn: '2025-03-21' });
  });

  it('joins no agenda item closed by a semicolon into a title (漳州 2025)', () => {
    const news = '会议主要议程有:\n漳州市人民政府市长魏东作漳州市人民政府工作报告;\n审查漳州市2024年预算执行情况及2025年预算草案的报告(书面);\n';
    expect(metadataOf(news).title).toBe('');
  });

  it("skips a paper's issue and page line (长子 2023: 1886 期 / 第2版:2)", () => {
    expect(isPageChromeLine('1886 期 / 第2版:2')).toBe(true);
  });
});

describe("a document site's line naming a shared file (rule shared-file-line, branch meta)", () => {
  it('is no title line; the file name without its extension titles a page with no other title (嘉兴 2023, 铜鼓 2021)', () => {
    const page =
      '《嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案.docx》由会员分享,可在线阅读,更多相关《嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案.docx(18页珍藏版)》请在三一办公上搜索。\n1、嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案为深入贯彻…\n';
    expect(metadataOf(page).title).toBe('嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案');
  });
});

describe('an occasion inside a run-on line (rule occasion-in-run-on-line, branch meta)', () => {
  it('dates a report by the dashed occasion in a long line, not by the site upload stamp (瑶海 2021)', () => {
    const page =
      '(安徽省)2021年合肥市瑶海区人民政府工作报告(全文)\n\n公文搜 2021-07-28 08:33:05 政府报告\n(安徽省)2021年合肥市瑶海区人民政府工作报告(全文)  政府工作报告BNC  ——2021年1月6日在合肥市瑶海区BNC  第四届人民代表大会第五次会议上BN\n';
    expect(metadataOf(page).issuedOn).toBe('2021-01-06');
  });
});

describe("a people's congress's file label above a report (rule congress-file-label, branch meta, ninth session)", () => {
  it('is no part of the title (大宁 2024: 大宁县十七届人大四次会议文件 / 政府工作报告)', () => {
    const text =
      '大宁县十七届人大四次会议文件\n政府工作报告\n——2024年3月11日在大宁县第十七届人民代表大会\n第四次会议上\n大宁县人民政府县长 王志华\n各位代表:\n正文。';
    expect(metadataOf(text)).toMatchObject({ title: '政府工作报告', issuedOn: '2024-03-11' });
    expect(metadataOf('第十五届人民代表大会第三次会议文件之一\n政府工作报告\n——2023年1月9日在某某市第十五届人民代表大会第三次会议上\n')).toMatchObject({
      title: '政府工作报告',
    });
  });

  it('leaves a title that names a congress session in full (关于…人民代表大会第三次会议…的决议)', () => {
    expect(metadataOf('关于大宁县第十七届人民代表大会第四次会议代表建议办理情况的报告\n各位代表:\n正文。').title).toBe(
      '关于大宁县第十七届人民代表大会第四次会议代表建议办理情况的报告',
    );
  });
});

describe('headers of the north-and-east ownership round (branch owners, fourth sitting)', () => {
  it("reads no day before the document number's year as its date (rule date-before-number, 河东区 2022 portal clock)", () => {
    const hedong =
      '天津市河东区人民政府 2019年12月3日星期二\n\n政务公开  >  政策文件  >  河东区文件  >  区发展和改革委员会\n名    称 :\n河东区促进生活性服务业发展行动方案\n发 文 字 号 :\n东发改〔2022〕17号\n成 文 日 期 :\n发 文 日 期 :\n\n河东区促进生活性服务业发展行动方案\n\n为大力推动本区生活性服务业发展,制定本方案\n';
    expect(metadataOf(hedong)).toMatchObject({ title: '河东区促进生活性服务业发展行动方案', issuedOn: null });
    // A day in the number's year or later still dates it.
    expect(metadataOf(hedong.replace('2019年12月3日', '2022年6月7日')).issuedOn).toBe('2022-06-07');
  });

  it('reads 印发关于X的通知 as issuing 关于X, whose own title line below is the title (rule issued-about-title, 天津 2022)', () => {
    const tianjin =
      '天津市人民政府办公厅印发关于促进生活性服务业发展若干措施的通知\n\n各区人民政府,市政府有关委、办、局:\n\n经市人民政府同意,现将《关于促进生活性服务业发展的若干措施》印发给你们,请照此执行。\n\n天津市人民政府办公厅\n\n2022年3月11日\n\n关于促进生活性服务业发展的若干措施\n\n为大力推动本市生活性服务业发展,制定如下措施。\n';
    expect(metadataOf(tianjin)).toMatchObject({ title: '关于促进生活性服务业发展的若干措施', issuedOn: '2022-03-11' });
  });

  it("reads a document site's file name opening the page up to its extension (rule file-name-line, 山西 2023 PDF text)", () => {
    const shanxi =
      '山西省人民政府办公厅关于印发山西省恢复和扩大消费若干政策措施的通知.pdf\n山西省人民政府办公厅文件 晋政办发 号 山西省人民政府办公厅 关于印发山西省恢复和扩大消费 若干政策措施的通知 各市、 县人民政府, 省人民政府各委、 办、 厅、 局 山西省恢复和扩大消费若干政策措施 已经省人民政府同 意, 现印发给你们, 请认真贯彻执行.';
    expect(metadataOf(shanxi).title).toBe('山西省恢复和扩大消费若干政策措施');
  });
});

describe('the blind metadata round of the fourth sitting (branch meta): page chrome, notices, dates and report years', () => {
  it('reads a signature date whose 年月日 were lost, digits run together (rule date-marks-run-together)', () => {
    // 东宁 2018: one split only (5 25, not 52 5).
    const dongning =
      '东宁市人民政府办公室关于印发东宁市干旱灾害应急预案的通知\n\n各镇人民政府,市政府各有关直属单位:\n\n经市政府同意,现将东宁市干旱灾害应急预案》现印发给你们,请认真贯彻执行\n\n东宁市人民政府办公室      \n\n2018525        \n\n东宁市干旱灾害应急预案\n';
    expect(metadataOf(dongning).issuedOn).toBe('2018-05-25');
    // 辽中 2024: 1 15 or 11 5; the page was posted on 2024-01-18, so January 15.
    const liaozhong =
      '沈阳市辽中区人民政府关于印发2024年政府工作报告主要工作任务分解表的通知\n\n沈辽中政发〔2024〕1号\n\n发布时间:2024-01-18 来源:政府办\n\n各镇人民政府、街道办事处,区政府各部门、各直属单位:\n\n经区政府同意,现将2024年政府工作报告主要工作任务分解表》印发给你们,请认真对照各自承担的工作任务。\n\n沈阳市辽中区人民政府\n\n2024115\n\n(此件公开发布)\n\n2024年政府工作报告主要工作任务分解表\n\n序号\n\n主要工作举措\n\n牵头单位\n';
    expect(metadataOf(liaozhong)).toMatchObject({ issuedOn: '2024-01-15', title: '2024年政府工作报告主要工作任务分解表' });
    // 明山 2023: an adoption line that kept its 日, read before the page's 发布时间.
    const mingshan =
      '站群导航\n\n市政府网站\n\n市政府部门站群\n\n县区政府站群\n\n  • 无障碍版无障碍版\n  • 手机版\n\n明山区第十届人民代表大会第四次会议关于政府工作报告的决议\n\n来源: 发布时间:2023-12-26 13:58:10 浏览次数: 【字体:\n\n20231221日明山区第十届人民代表大会第次会议通过\n\n明山区第十届人民代表大会第四次会议,听取和审议了区长周大庆所作的政府工作报告。';
    expect(metadataOf(mingshan)).toMatchObject({ issuedOn: '2023-12-21', title: '关于政府工作报告的决议' });
    // A figure alone on its line in a table is no date: no signature above it.
    expect(metadataOf('某某县2021年项目表\n\n项目\n\n202112\n').issuedOn).toBeNull();
  });

  it("skips a portal's link bar and spaced menu, so no title runs on from them (rule portal-link-bar: 齐齐哈尔 2020)", () => {
    const qiqihaer =
      '中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委\n首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城\n齐齐哈尔市人民政府办公室关于印发社会保障工程、城市交通改善工程、宜居工程、城市环境整治工程、社会事业提升工程2020年工作要点的通知\n上载日期: 2020-07-22 来源: 市人民政府办公室\n\n齐政办文〔2020〕5号 \n\n各县(市)、区人民政府,市政府各委、办、局,各有关单位:\n  经市政府同意,现将《社会保障工程2020年工作要点》《城市交通改善工程暨城市道路交通文明畅通提升行动计划2020年工作要点》《宜居工程2020年工作要点》《城市环境整治工程2020年工作要点》《社会事业提升工程2020年工作要点》印发给你们,请认真贯彻执行。\n\n齐齐哈尔市人民政府办公室       \n2020年7月22日               \n';
    // It issues five documents (rule several-issued): the title is its own.
    expect(metadataOf(qiqihaer)).toMatchObject({
      title: '关于印发社会保障工程、城市交通改善工程、宜居工程、城市环境整治工程、社会事业提升工程2020年工作要点的通知',
      issuedOn: '2020-07-22',
      periodStart: 2020,
    });
    expect(isPageChromeLine('中国政府网黑龙江省政府网EnglishРусскаяверсия市人大市政协市纪委监委')).toBe(true);
    expect(isPageChromeLine('关于邀请市人大代表、市政协委员视察政府网站建设的通知')).toBe(false);
  });

  it('keeps the own title of a notice issuing several documents, and reads a long title line whole (乌拉特前旗 2025 below a numbered menu)', () => {
    const menu = Array.from({ length: 5 }, (_, i) => `    1. 栏目${i}\n    2. 子栏目${i}\n    3. 其他${i}`).join('\n');
    const page = `政府信息公开\n\n${menu}\n\n内蒙古自治区农牧厅关于印发《内蒙古自治区农牧厅中央预算内直接投资农业建设项目实施细则》《内蒙古自治区农牧厅中央预算内投资补助农业建设项目实施细则》的通知\n发布日期:2025-10-27 09:45 字体: 访问量:207 分享到: 微信\n各盟市农牧局,相关单位:\n  为进一步加强和规范中央预算内投资农业建设项目管理,现印发给你们,请遵照执行。\n  内蒙古自治区农牧厅\n  2025年7月24日\n`;
    expect(metadataOf(page)).toMatchObject({
      title: '关于印发《内蒙古自治区农牧厅中央预算内直接投资农业建设项目实施细则》《内蒙古自治区农牧厅中央预算内投资补助农业建设项目实施细则》的通知',
      issuer: '内蒙古自治区农牧厅',
      issuedOn: '2025-07-24',
    });
    // Two kinds joined (甘肃 2020): the notice's own title too.
    expect(
      metadataOf('甘肃省人民政府办公厅印发关于进一步促进消费扩大内需的实施意见和行动计划的通知\n甘政办发〔2020〕41号\n各市、自治州人民政府:\n').title,
    ).toBe('关于进一步促进消费扩大内需的实施意见和行动计划的通知');
  });

  it('reads the document issuers print after 印发 with no marks (rule issued-without-marks: 鹤岗 2025)', () => {
    const hegang =
      '鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县(区)人民政府、法院,市政府各部门:\n《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61次常务会议审议通过,现印发给你们,请认真贯彻执行。\n鹤岗市人民政府 鹤岗市中级人民法院\n2025年4月30日\n';
    expect(metadataOf(hegang)).toMatchObject({ title: '关于完善“府院联动”机制的意见', issuedOn: '2025-04-30' });
    // The document's own title below, with a 的 the notice's name left out (天津 2022).
    const tianjin =
      '今天是:\n\n天津市人民政府办公厅印发关于促进生活性服务业发展若干措施的通知\n\n来源 :天津政务网 访问次数 : 发布时间 :2022-03-23\n\n各区人民政府,市政府有关委、办、局:\n\n经市人民政府同意,现将《关于促进生活性服务业发展的若干措施》印发给你们,请照此执行。\n\n天津市人民政府办公厅\n\n2022年3月11日\n\n(此件主动公开)\n\n关于促进生活性服务业发展的若干措施\n\n为大力推动本市生活性服务业发展。';
    expect(metadataOf(tianjin)).toMatchObject({ title: '关于促进生活性服务业发展的若干措施', issuedOn: '2022-03-11' });
  });

  it('titles a notice stored from its addressees by its one attachment (rule attachment-names-issued: 三水 2007)', () => {
    const sanshui =
      '各镇政府(街道办事处)、迳口华侨经济区管委会,区政府直属局以上单位:\n区第十四届人大第二次会议审议通过的《政府工作报告》,确定了我区2007年经济社会发展的各项重要工作目标和任务。\n一、各牵头单位要按照《2007年三水区政府工作主要任务分解表》(详见附件)的要求,将属于本部门(单位)落实的工作目标做好细化实施方案。\n附件:2007年三水区政府工作主要任务分解表\n二○○七年四月十三日\n|';
    expect(metadataOf(sanshui)).toMatchObject({ title: '2007年三水区政府工作主要任务分解表', issuedOn: '2007-04-13', periodStart: 2007, periodEnd: 2007 });
  });

  it("skips a county paper's page line, a date widget and a congress site's columns (泰和 2023, 宝丰 2024)", () => {
    expect(isPageChromeLine('第一版：要闻版总第4492期>2024-01-22编印')).toBe(true);
    expect(isPageChromeLine('今天是')).toBe(true);
    expect(isPageChromeLine('新闻中心')).toBe(true);
    expect(isPageChromeLine('代表工作')).toBe(true);
    expect(isPageChromeLine('县区政府站群')).toBe(true);
    expect(isPageChromeLine('• 无障碍版无障碍版')).toBe(true);
  });

  it('dates a work report by the year it was delivered, the next one when delivered in November or December (rule report-delivered-year)', () => {
    // 乌恰 2023: the page names the report by the year it reviews.
    const wuqia =
      '2022年乌恰县政府工作报告\n\n(2023年1月10日在乌恰县第十七届人民代表大会第三次会议上\n\n县长 木塔力甫·塞衣皮\n\n各位代表:\n\n现在,我代表乌恰县人民政府向大会作工作报告,请予审议。\n\n一、2022年工作回顾\n';
    expect(metadataOf(wuqia)).toMatchObject({ periodStart: 2023, periodEnd: 2023, issuedOn: '2023-01-10' });
    // 中卫 2023: delivered in December.
    const zhongwei =
      '2022年12月16日在中卫市第五届人民代表大会第二次会议上\n中卫市市长 马洪海\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2022年工作回顾\n';
    expect(metadataOf(zhongwei)).toMatchObject({ periodStart: 2023, periodEnd: 2023 });
  });
});

describe('a site remark after a dash (rule site-remarks-off-title, second blind metadata round)', () => {
  it('is no part of the title, and no title runs on from it (府谷 2023: 2023年榆林市府谷縣政府工作報告—全文 / 政 府 工 作 報 告)', () => {
    const fugu =
      '2023年榆林市府谷县政府工作报告—全文\n政 府 工 作 报 告\n——2023年2月16日在府谷县第十九届人民代表大会第二次会议上\n府谷县人民政府县长武 静\n各位代表:\n';
    expect(metadataOf(fugu)).toMatchObject({ title: '2023年榆林市府谷县政府工作报告', issuedOn: '2023-02-16', periodStart: 2023 });
  });
});

describe('metadata of the fifth sitting’s blind metadata round (branch meta)', () => {
  it('rule document-site-preview: another site’s page list and labels (资源预览内容, 第1页 / 共107页, 资源描述: 鲤城 2021)', () => {
    expect(isPageChromeLine('资源预览内容')).toBe(true);
    expect(isPageChromeLine('第10页 / 共107页')).toBe(true);
    expect(isPageChromeLine('亲,该文档总共107页,到这儿已超出免费预览范围,如果喜欢就下载吧!')).toBe(true);
    expect(isPageChromeLine('第一节 发展基础')).toBe(false);
  });

  it('rule title-before-contents: a title run into its table of contents ends before 目录 (鲤城 2021)', () => {
    const licheng =
      '资源预览内容\n第1页 / 共107页\n第2页 / 共107页\n亲,该文档总共107页,到这儿已超出免费预览范围,如果喜欢就下载吧!\n资源描述\n泉州市鲤城区国民经济和社会发展第十四个五年规划和二三五年远景目标纲要目录第一章 规划基础与发展环境5第一节 “十三五”时期经济社会发展回顾6第二节 发展环境14\n';
    expect(metadataOf(licheng)).toMatchObject({
      title: '泉州市鲤城区国民经济和社会发展第十四个五年规划和二三五年远景目标纲要',
      periodStart: 2021,
      periodEnd: 2025,
    });
  });

  it('rule image-alt-line: a site logo’s alternative text is no title (中原 2024)', () => {
    const zhongyuan =
      '中原区人民政府网站logo\n中原区十七届人大四次会议隆重开幕\n来源:郑州中原发布  时间:2024-02-27 14:15:49  \n2月27日上午,中原区第十七届人民代表大会第四次会议在中原区机关3号楼4楼会议室隆重开幕。\n';
    expect(isPageChromeLine('中原区人民政府网站logo')).toBe(true);
    expect(headerChromeLines(zhongyuan).has(0)).toBe(true);
    expect(headerChromeLines(zhongyuan).has(1)).toBe(false);
    expect(metadataOf(zhongyuan).issuedOn).toBe('2024-02-27');
  });

  it('rule arrow-trail: a trail joined by -->, under the site’s name, heads no document (绿园 2024)', () => {
    const lvyuan =
      '中新社吉林分社正文\n\n首页-->社会\n\n长春市绿园区第十九届人民代表大会第四次会议开幕\n发布时间:2024年12月19日 11:56 来源:绿园区人大 编辑:王思博\n\n  12月18日上午,长春市绿园区第十九届人民代表大会第四次会议开幕。\n';
    expect(isPageChromeLine('首页-->社会')).toBe(true);
    // The site's name above the trail is chrome too; the headline below it is not.
    expect([...headerChromeLines(lvyuan)].sort()).toEqual(expect.arrayContaining([0, 2]));
    expect(headerChromeLines(lvyuan).has(4)).toBe(false);
    expect(metadataOf(lvyuan).issuedOn).toBe('2024-12-19');
  });

  it('rule label-above-value: a disclosure block printed a field a line gives the title and the dates (绿春 2023, 黄陂 2023)', () => {
    const lvchun =
      '索引号\n000014348/2023-00661\n信息分类\n政府会议\n主题分类\n其他\n发布机构\n绿春县融媒体中心\n文号\n发布日期\n2023-02-22\n信息名称\n十五届绿春县人民政府第二次全体(扩大)会议强调:全县政府系统要咬定目标,真招实干抓落实,奋力谱写中国式现代化绿春新篇章\n\n  2月18日,十五届绿春县人民政府第二次全体(扩大)会议在县行政中心召开。县委副书记、县长张猛主持会议并讲话。\n';
    expect(metadataOf(lvchun)).toMatchObject({
      title: '十五届绿春县人民政府第二次全体（扩大）会议强调：全县政府系统要咬定目标，真招实干抓落实，奋力谱写中国式现代化绿春新篇章',
      issuedOn: '2023-02-22',
    });
    const huangpi =
      '关于黄陂区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n\n2023-01-11 15:12\n发文单位\n黄陂区发展和改革局\n发文字号\n发文日期\n2022-12-27 18:10\n效力状态\n有效\n索引号\n010898141/2023-01021\n\n各位代表:\n';
    expect(metadataOf(huangpi).issuedOn).toBe('2022-12-27');
    // A labelled field after an empty one (• 发文机关: / • 成文日期: 2016-11-21) is no value of it (华龙 2016).
    const hualong = '  • 发文机关: \n  • 成文日期: 2016-11-21\n  • 标题: 华龙政〔2016〕26号关于推动生产性服务业加快发展的实施办法\n  • 发文字号: \n\n正文。\n';
    expect(metadataOf(hualong).issuer).toBeNull();
  });

  it('rule outline-per-proposal: an outline stored from its preamble has the period of the proposal it follows (吴中 2016)', () => {
    const wuzhong =
      '本规划纲要根据《中共苏州市吴中区委关于制定苏州市吴中区国民经济和社会发展第十三个五年规划的建议》编制,是全区国民经济和社会发展的战略性、纲领性、综合性规划。\n第一章 基础与形势\n“十二五”时期,面对错综复杂的国内外环境…\n';
    expect(metadataOf(wuzhong)).toMatchObject({ periodStart: 2016, periodEnd: 2020 });
    // An outline citing the proposal after its own title is read from the title.
    expect(metadataOf('“十二五”时期,区委区政府坚决贯彻落实…\n').periodStart).toBeNull();
  });
});

describe('a site’s greeting and a cited number (branch meta, fifth sitting)', () => {
  it('rule site-welcome: a greeting with account links and a QR-code service are chrome; a cited number is not the document’s (大田 2023)', () => {
    expect(isPageChromeLine('Hi,欢迎来到惠企政策信息统一发布平台! 免费注册')).toBe(true);
    expect(isPageChromeLine('政策码上看')).toBe(true);
    const datian =
      'Hi,欢迎来到惠企政策信息统一发布平台! 免费注册\n政策码上看\n\n大田县人民政府办公室关于促进 2023 年一季度经济“开门稳”若干措施的通知\n\n发布日期:2023-01-30 作者:- 来源:大田县人民政府办公室 505 1\n\n干措施的通知》(闽发改综合〔2023〕1 号)、《三明市人民政\n';
    expect(metadataOf(datian)).toMatchObject({ issuer: '大田县人民政府办公室', docNumber: null, issuedOn: '2023-01-30' });
  });
});

describe('page metadata of a blind round of 23 unseen pages (branch meta, sitting of 8 December)', () => {
  it('rule report-label-above-heading: a site’s label of a report runs on into no heading below it; a label saying more stays the title (青山 2025)', () => {
    const qingshan =
      '(内蒙古)2025年包头市青山区人民政府政府工作报告\n2025年政府工作报告\n—2025年1月21日在青山区第十七届人民代表大会第四次会议上\n青山区人民政府区长 白云喜\n各位代表:\n现在,我代表区人民政府向大会报告工作。\n';
    expect(metadataOf(qingshan)).toMatchObject({ title: '2025年包头市青山区人民政府政府工作报告', issuedOn: '2025-01-21', periodStart: 2025 });
    // A subheading ending in 工作报告 above the page's date line is no label (宝丰 2024): it runs on as before.
    const baofeng =
      '县十六届人大四次会议开幕\n大会主席团常务主席、执行主席王代强刘景华崔仓阿卫国庞旭辉金龙峰在主席台前排就座 县长刘海亮代表县人民政府向大会作工作报告\n刊发日期:2024-01-22 作者:  语音阅读:\n\n   1月21日上午,宝丰县第十六届人民代表大会第四次会议在演艺中心开幕。\n';
    expect(metadataOf(baofeng).title).not.toContain('工作报告');
  });

  it('rule title-written-twice: a site’s label run into the plan’s own wrapped heading is one title (沅江 2021)', () => {
    const yuanjiang =
      '沅江市国民经济和社会发展第十四个五年规划和二〇三五年 远景目标纲要沅江市国民经济和社会发展\n第十四个五年规划和二〇三五年远景\n目标纲要\n(2021年1月1日沅江市第十七届人民代表大会\n第五次会议第四次全体会议通过)\n第一章 深入推进“二次”创业 开启现代化建设新征程\n';
    expect(metadataOf(yuanjiang)).toMatchObject({
      title: '沅江市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      issuedOn: '2021-01-01',
      periodStart: 2021,
      periodEnd: 2025,
    });
  });

  it('rules adoption-note-starts-line and adoption-note-date: a proposal’s adoption note ends its title and dates it (益阳 2025)', () => {
    const yiyang =
      '中共益阳市委关于制定益阳市国民经济和社会发展第十五个五年规划的建议\n(2025年12月6日中国共产党益阳市第七届委员会 第九次全体会议通过)中国共产党益阳市第七届委员会第九次全体会议深入学习贯彻党的二十届四中全会精神,就制定益阳市国民经济和社会发展“十五五”规划提出以下建议。\n';
    expect(metadataOf(yiyang)).toMatchObject({
      title: '关于制定益阳市国民经济和社会发展第十五个五年规划的建议',
      issuer: '中共益阳市委',
      issuedOn: '2025-12-06',
      periodStart: 2026,
      periodEnd: 2030,
    });
  });

  it('rule contents-before-preamble: the table of contents’ mark and first heading do not hide the preamble’s period (益阳 2021)', () => {
    const yiyang =
      '目录\n第一篇 乘势而上开启社会主义现代化建设新征程\n“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后,乘势而上开启全面建设社会主义现代化国家新征程的第一个五年。\n';
    expect(metadataOf(yiyang)).toMatchObject({ periodStart: 2021, periodEnd: 2025 });
    // A body heading that is no part's or chapter's (一、…) is still an opening no period is read from.
    expect(metadataOf('一、总体要求\n“十四五”时期是我国…的第一个五年。\n').periodStart).toBeNull();
  });

  it('rules counted-documents and date-marks-run-together with 日: a notice issuing “X等五项制度” keeps its own title (萍乡 2019)', () => {
    const pingxiang =
      '萍乡市人民政府办公室关于印发萍乡市河长制湖长制市级会议制度等五项制度的通知\n2019-05-30     来源:市政府办公室 字号:[            ]\n\n各县(区)人民政府,各河长制湖长制市级责任单位\n\n   萍乡市河长制湖长制市级会议制度》《萍乡市河长制湖长制信息工作制度》五项制度已经2019年市总(湖)长会议审议通过,现印发给你们,请认真遵照执行。\n\n                             萍乡市人民政府办公室\n\n                2019515日\n\n    (此件主动公开)\n';
    expect(metadataOf(pingxiang)).toMatchObject({
      title: '关于印发萍乡市河长制湖长制市级会议制度等五项制度的通知',
      issuer: '萍乡市人民政府办公室',
      issuedOn: '2019-05-15',
    });
  });

  it('rule e-paper-chrome: the whole-page view’s switches, the current page and the article’s length head no document (商洛 2018)', () => {
    for (const line of ['通版阅读请点击:', '展开通版', '收缩通版', '当前版:01版', '文章字数:686', '发布日期:2018年11月21日 上一版  下一版'])
      expect(isPageChromeLine(line)).toBe(true);
    const shangluo =
      '通版阅读请点击:\n展开通版\n收缩通版\n当前版:01版\n发布日期:2018年11月21日 上一版  下一版\n市政府市政协联席会议暨政情通报会议召开\n文章字数:686\n  本报讯(记者 李亮)11月20日上午,2018年市政府市政协联席会议暨政情通报会议召开。\n';
    expect([...headerChromeLines(shangluo)].sort()).toEqual([0, 1, 2, 3, 4, 6]);
    expect(metadataOf(shangluo)).toMatchObject({ title: '', issuedOn: '2018-11-21' });
  });
});

describe('a date alone under a headline (rule date-under-headline: 舟曲 2016)', () => {
  it('takes the date on the line right under a page’s headline as the day it was published', () => {
    expect(
      metadataOf('首頁 > 路橋資訊 > 正文\n甘南舟曲:構建大環線發展大旅遊\n2016-12-05 \n 山大溝深、交通不便一直以來就是制約舟曲縣經濟社會快速發展的重要瓶頸。\n')
        .issuedOn,
    ).toBe('2016-12-05');
    // Under a sentence, a date alone is none of the page's.
    expect(metadataOf('某市规划\n全市上下要认真贯彻落实,确保各项任务完成。\n2016-12-05\n').issuedOn).toBeNull();
  });
});

describe('a portal’s column above the headline (rule column-above-headline, branch meta, second round of 8 December)', () => {
  it('is no title: the headline is the line right above the publication line (获嘉 2023, 舞阳 2022, 玉溪, 巴中 2017)', () => {
    const huojia = '政府公报\n获嘉县2023年大事月报第四期\n来源: 发布时间: 2023-05-09\n\n·存史篇·\n\n领导莅临\n';
    expect(metadataOf(huojia)).toMatchObject({ title: '获嘉县2023年大事月报第四期', issuedOn: '2023-05-09', periodStart: 2023 });
    const yuxi = '发展规划\n\n玉溪市国民经济和社会发展第十一个五年规划纲要\n\n发布时间:2013-12-31 来源:玉溪市人民政府办公室\n\n  序 言\n';
    expect(metadataOf(yuxi)).toMatchObject({ title: '玉溪市国民经济和社会发展第十一个五年规划纲要', periodStart: 2006, periodEnd: 2010 });
    const wuyang =
      '今日舞阳\n\n县委县政府重点工作第52次周交办会议召开\n\n来源: 中国舞阳网    信息时间:2022-08-22     阅读次数:\n\n  8月22日,县委副书记、县长朱暑光主持召开会议。\n';
    expect([...headerChromeLines(wuyang)]).toContain(0);
    expect(metadataOf(wuyang).issuedOn).toBe('2022-08-22');
  });

  it('also a periodical’s volume line and the column run into the headline; never an issuer’s line or a number (鹤壁 2010)', () => {
    const hebi =
      '淇河文化研究  第五卷 2010\n\n文化新闻 - 高度重视 科学推进 全力做好淇河保护工作\n高度重视 科学推进 全力做好淇河保护工作\n \n作者:解静怡  加入时间:2010-4-29 10:06:54\n';
    expect([...headerChromeLines(hebi)].sort()).toEqual(expect.arrayContaining([0, 2]));
    // An issuer above a notice's title stays: 萍乡市人民政府办公室 ends with its body.
    const notice = '萍乡市人民政府办公室\n关于印发萍乡市河长制工作制度的通知\n来源:市政府办公室\n';
    expect(metadataOf(notice).issuer).toBe('萍乡市人民政府办公室');
    expect([...headerChromeLines('服务热线\n15551539393\n来源:朝天区政府\n正文。\n')]).not.toContain(0);
  });
});

describe('a stock picture’s label and a trail opening with the link home (branch meta, 8 December)', () => {
  it('rules file-photo-label and trail with 返回首页: neither heads the page (磴口 2023, 城厢 2022)', () => {
    expect([...headerChromeLines('(资料图片)\n3月30日,磴口县2023年春季重点项目集中开工仪式在磴口县工业园区举行。\n')]).toEqual([0]);
    expect(isPageChromeLine('返回首页 > 位置: 学校网 > 城区 > 正文')).toBe(true);
    // A label 位置: opening a line of a table is no trail.
    expect(isPageChromeLine('位置:城关镇')).toBe(false);
  });
});
