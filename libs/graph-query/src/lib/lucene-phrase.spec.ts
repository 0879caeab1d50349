import { lucenePhrase } from './lucene-phrase';

describe('lucenePhrase', () => {
  it('quotes the text and escapes every query-syntax character', () => {
    expect(lucenePhrase('物流')).toBe('"物流"');
    expect(lucenePhrase('"AND (')).toBe('"\\"AND \\("');
    expect(lucenePhrase('a\\')).toBe('"a\\\\"');
    expect(lucenePhrase('C++ -x: [1 TO 2]~ *?/^!{}&|')).toBe('"C\\+\\+ \\-x\\: \\[1 TO 2\\]\\~ \\*\\?\\/\\^\\!\\{\\}\\&\\|"');
  });
});
