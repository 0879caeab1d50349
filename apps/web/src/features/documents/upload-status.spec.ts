import { format, MESSAGES, type MessageKey } from '../../i18n/messages';
import { uploadStatusText } from './upload-status';

const zh = (key: MessageKey, vars?: Readonly<Record<string, string | number>>): string => format(MESSAGES.zh[key], vars);

describe('uploadStatusText', () => {
  it('names each upload status in the UI language, with the document a duplicate repeats', () => {
    expect(uploadStatusText({ status: 'added', duplicateOf: null }, zh)).toBe('新增');
    expect(uploadStatusText({ status: 'unchanged', duplicateOf: null }, zh)).toBe('未变化（文本和事实相同）');
    expect(uploadStatusText({ status: 'duplicate', duplicateOf: '004_x' }, zh)).toBe('重复（与 004_x 内容相同）');
    expect(uploadStatusText({ status: 'replaced', duplicateOf: null }, (key, vars) => format(MESSAGES.en[key], vars))).toBe('replaced');
  });

  it('shows a status it does not know as sent', () => {
    expect(uploadStatusText({ status: 'archived', duplicateOf: null }, zh)).toBe('archived');
  });
});
