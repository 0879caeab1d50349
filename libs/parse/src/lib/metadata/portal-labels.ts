/** A portal's labelled fields (发布机构：X, 成文日期：Y), also boxed as table cells. */
import type { Line } from '../lines';
import type { TextSpan } from '../normalize/mapped-text';

/** A portal's label, also boxed as a table cell: "发布机构：X", "[ 发布机构 ] | X |". */
export const LABEL_LINE = /^[[〔]?(索引号|发文字号|发布机构|发文机关|主题分类|成文日期|发布日期|公文时效|来源|文号|主题词|有效性|名称[：:])/;

export interface Found {
  value: string;
  span: TextSpan;
}

/**
 * "发布机构：X" style labels of government portals; several can share a line. A portal's table names the file in a cell
 * beside 文件名称 (文件名称 | 汉滨区2025年政府工作报告 | ||: 汉滨 2025), with no colon, and its dates in cells beside their
 * labels (rule `date-in-label-cell`: 周口 2013 发文机关 | 成文日期 | 2013-01-09 | |; 临安 2022 发布单位 | 区政府 | 发文日期 |
 * 2022-07-14 |).
 * Every label a portal prints is listed, so
 * that a value ends where the next label starts even when the copy lost the spaces between them
 * (发布机构：市政府办公室公开方式：主动公开); only some are read.
 */
const PORTAL_LABEL =
  /(索引号|发文字号|发布机构|发文机关|发布单位|主题分类|组配分类|文件分类|成文日期|成文时间|发文日期|发布日期|生效日期|公文时效|有效性|公开方式|公开范围|公开时限|统一编号|所属机构|信息来源|来源|文件名称|名称|标\s?题|文号)(?:[：:]|[\]〕]\s*\||(?<=文件名称|日期)\s*\|)\s*/g;

export function labelValues(header: readonly Line[]): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const line of header) {
    // An exec loop over one module regex: matchAll would build a copy of the regex for every header line.
    const matches: RegExpExecArray[] = [];
    PORTAL_LABEL.lastIndex = 0;
    for (let match = PORTAL_LABEL.exec(line.content); match; match = PORTAL_LABEL.exec(line.content)) matches.push(match);
    matches.forEach((match, m) => {
      // A value in the cell after its label (标题：| 张店区…纲要 | ||: 张店 2021, rule `labelled-title-cell`) starts after the bar.
      let valueStart = (match.index ?? 0) + match[0].length;
      if (line.content[valueStart] === '|' || line.content[valueStart] === '｜') {
        valueStart++;
        while (line.content[valueStart] === ' ') valueStart++;
      }
      const valueEnd = m + 1 < matches.length ? (matches[m + 1].index ?? line.content.length) : line.content.length;
      const value = line.content
        .slice(valueStart, valueEnd)
        .replace(/[|\s[〔]+$/, '')
        .trim();
      const label = match[1].replace(/\s/g, '');
      if (value && !found.has(label)) found.set(label, { value, span: { start: line.start + valueStart, end: line.start + valueEnd } });
    });
  }
  return found;
}
