import { extractDocument } from '../../index';

describe('the document node of a page whose title is not recognized', () => {
  it('is named by its first line of four or more characters, not by page debris before it (深圳 2025 news page: 这)', () => {
    const text = '这\n深圳市第七届人大六次会议于2月25日上午9时开幕,深圳市市长秦伟中作了政府工作报告。\n';
    const result = extractDocument(text, { documentId: 'news' });
    expect(result.document.title).toBe('深圳市第七届人大六次会议于2月25日上午9时开幕，深圳市市长秦伟中作了政府工作报告。');
    expect(result.issues.map((issue) => issue.code)).toContain('TITLE_NOT_FOUND');
  });
});
