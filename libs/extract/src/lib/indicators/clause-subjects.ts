/**
 * What a clause measures when it states no value of its own (增加值由2万亿迈上3万亿台阶 → 增加值, 占GDP比重继2015年超过第二产业后
 * → 占GDP比重), if a metric: the subject of a dated clause after it.
 */
export function subjectWithoutValue(clause: string): string | null {
  // A span before an average (公安 2020: 地区生产总值前四年年均增长 8.1%) ends the subject too (rule `span-before-average`).
  // An adjustment after the subject (景东 2023: 地方一般公共预算收入扣除留抵退税,同口径增长9.9%) ends it too.
  const head = /^([\u4e00-\u9fa5A-Za-z]{2,16}?)(?:由|从|继|年均|在|已|连续|稳居|位居|先后|扣除|[前近][二三四五两]年)/.exec(
    clause.replace(/^(?:“?十[一二三四五]五”?(?:期间|时期|以来)|全省|全市|全区|全县)+/, ''),
  );
  // A bare measure (总量稳居…第一) names no subject of its own: the one before stays (横州 2026).
  return head && /(增加值|总值|总额|收入|规模|比重|产值|总量)$/.test(head[1]) && !/^(?:总量|总额|规模|产值|收入|比重)$/.test(head[1]) ? head[1] : null;
}

export const COMMA = 0xff0c;

/** The subject of the clause ending at a comma (see subjectWithoutValue), within its sentence. */
export function subjectBefore(text: string, comma: number): string | null {
  const from = Math.max(text.lastIndexOf('，', comma - 1), text.lastIndexOf('。', comma - 1), text.lastIndexOf('；', comma - 1));
  return comma - from > 40 ? null : subjectWithoutValue(text.slice(from + 1, comma));
}
