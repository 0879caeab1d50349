import { RELATIONSHIP_TYPES } from '@policygraph/graph-types';
import { LABEL_NAMES, MESSAGES, PROPERTY_NAMES, RELATION_NAMES, VALUE_NAMES, format } from './messages';

describe('messages', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    expect(Object.keys(LABEL_NAMES.en).sort()).toEqual(Object.keys(LABEL_NAMES.zh).sort());
    expect(Object.keys(PROPERTY_NAMES.en).sort()).toEqual(Object.keys(PROPERTY_NAMES.zh).sort());
    expect(Object.keys(VALUE_NAMES.en).sort()).toEqual(Object.keys(VALUE_NAMES.zh).sort());
  });

  it('names every relationship type in both languages', () => {
    for (const language of ['zh', 'en'] as const) expect(Object.keys(RELATION_NAMES[language]).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{nodes} 个节点 · {edges}', { nodes: 3 })).toBe('3 个节点 · {edges}');
  });
});
