import { LABEL_NAMES, MESSAGES, format } from './messages';

describe('messages', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    expect(Object.keys(LABEL_NAMES.en).sort()).toEqual(Object.keys(LABEL_NAMES.zh).sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{nodes} 个节点 · {edges}', { nodes: 3 })).toBe('3 个节点 · {edges}');
  });
});
