import { extractDocument } from '../../index';

describe('the document node of a page whose title is not recognized', () => {
  it('is named by its first line of four or more characters, not by page debris before it (深圳 2025 news page: 这)', () => {
    const text = '这\n深圳市第七届人大六次会议于2月25日上午9时开幕,深圳市市长秦伟中作了政府工作报告。\n';
    const result = extractDocument(text, { documentId: 'news' });
    expect(result.document.title).toBe('深圳市第七届人大六次会议于2月25日上午9时开幕，深圳市市长秦伟中作了政府工作报告。');
    expect(result.issues.map((issue) => issue.code)).toContain('TITLE_NOT_FOUND');
  });

  it('is not named by the addressees of a notice whose headline the page left off (一份2016年目标任务分解通知)', () => {
    const text =
      '各乡镇人民政府,县政府各部门,县属驻县各单位:\n县十五届人大五次会议审议通过的《政府工作报告》,安排部署了2016年奋斗目标和工作任务。为了全面推进工作任务落实,现将《政府工作报告》中涉及2016年的各项目标任务分解下达。\n';
    const result = extractDocument(text, { documentId: 'notice' });
    expect(result.document.title).not.toMatch(/^各乡镇人民政府/);
    expect(result.document.title).toMatch(/^县十五届人大五次会议/);
  });
});
