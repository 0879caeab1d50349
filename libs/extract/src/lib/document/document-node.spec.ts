import { extractDocument } from '../../index';

describe('the document node of a page whose title is not recognized', () => {
  it('is named by its first line of four or more characters, not by page debris before it (深圳 2025 news page: 这)', () => {
    const text = '这\n深圳市第七届人大六次会议于2月25日上午9时开幕,深圳市市长秦伟中作了政府工作报告。\n';
    const result = extractDocument(text, { documentId: 'news' });
    expect(result.document.title).toBe('深圳市第七届人大六次会议于2月25日上午9时开幕，深圳市市长秦伟中作了政府工作报告。');
    expect(result.issues.map((issue) => issue.code)).toContain('TITLE_NOT_FOUND');
  });

  it('is not named by the column a trail closed by 正文 names before it, repeated below the trail (column-after-trail: 丹棱 2018)', () => {
    const text =
      '四川省人民政府     眉山市委市政府   \n当前位置: 首页>>信息公开>>政府常务会议>>正文\n政府常务会议\n丹棱县第十七届人民政府 第28次常务会议召开\n2018-01-31 09:30  \n\n1月23日,丹棱县委副书记、县长黄秀航主持召开县第十七届人民政府第28次常务会议。\n';
    expect(extractDocument(text, { documentId: 'news' }).document.title).toBe('丹棱县第十七届人民政府第28次常务会议召开');
  });

  it('is not named by the addressees of a notice whose headline the page left off (一份2016年目标任务分解通知)', () => {
    const text =
      '各乡镇人民政府,县政府各部门,县属驻县各单位:\n县十五届人大五次会议审议通过的《政府工作报告》,安排部署了2016年奋斗目标和工作任务。为了全面推进工作任务落实,现将《政府工作报告》中涉及2016年的各项目标任务分解下达。\n';
    const result = extractDocument(text, { documentId: 'notice' });
    expect(result.document.title).not.toMatch(/^各乡镇人民政府/);
    expect(result.document.title).toMatch(/^县十五届人大五次会议/);
  });
});

describe('the headline of a page whose title is not recognized (branch meta)', () => {
  it("skips a site's name above its breadcrumb trail and a portal's greeting (牟定 2022, 开鲁 2025)", () => {
    const news =
      '牟定县人民政府\n首页 >> 新闻动态 >> 牟定动态 >> 正文\n\n《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成\n\n日期:2022年01月24日   作者:   来源:牟定县融媒体中心    点击:[]\n\n1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年工作作了全面回顾。\n';
    expect(extractDocument(news, { documentId: 'news' }).document.title).toBe('《政府工作报告》摘要（一）：2021年全县经济社会发展各项目标任务高质量全面完成');
    const portal =
      '欢迎访问开鲁县人民政府!\n登录/注册 用户中心 支持IPV6\n当前位置: 首页>新闻中心>乡镇动态\n全县生态保护大会暨毁林毁草专项整治工作推进会议召开\n\n发布时间:\n\n2025-05-22 10:03\n\n5月21日,全县生态保护大会召开。\n';
    expect(extractDocument(portal, { documentId: 'portal' }).document.title).toBe('全县生态保护大会暨毁林毁草专项整治工作推进会议召开');
  });

  it('skips a date alone in brackets (吉林市 2018: （2018年8 月20 日） above the preamble)', () => {
    const text = '(2018年8 月20 日)\n为深入贯彻党的十九大精神,现结合我市实际制定如下意见。\n一、总体要求\n';
    expect(extractDocument(text, { documentId: 'opinion' }).document.title).toBe('为深入贯彻党的十九大精神，现结合我市实际制定如下意见。');
  });
});
