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

/**
 * Rule `label-above-value`: a portal's disclosure block printed one field a line, each label alone on its line and its value
 * on the next (索引号 / 000014348/2023-00661 / … / 发布日期 / 2023-02-22 / 信息名称 / the headline: 绿春 2023; 发文单位 /
 * 黄陂区发展和改革局 / 发文字号 / 发文日期 / 2022-12-27 18:10: 黄陂 2023, whose 发文字号 is empty). A label followed by another
 * label has no value; a label with a colon (名称 : / value, 河东 2022) is read as the portal's labels are. Returns the values
 * and the lines of the block (labels and their values but the name's: no title, no heading).
 */
const VERTICAL_LABEL =
  /^(索引号|信息分类|主题分类|组配分类|发布机构|发文机关|发文单位|发文字号|文号|发布日期|发文日期|成文日期|生成日期|信息名称|文件名称|名称|效力状态|有效性|主题词|体裁分类)$/;

const LABELLED_LINE = /^[•·\s]*[\u4e00-\u9fa5]{2,6}\s*[：:]/;

export function verticalLabels(lines: readonly Line[]): { values: Map<string, Found>; lines: Set<number> } {
  const values = new Map<string, Found>();
  const block = new Set<number>();
  const content = lines.filter((line) => line.content.length > 0);
  for (let i = 0; i < content.length; i++) {
    const label = VERTICAL_LABEL.exec(content[i].content);
    if (!label) continue;
    block.add(content[i].index);
    const next = content[i + 1];
    // A labelled line after it (成文日期: 2016-11-21 under an empty 发文机关:, 华龙 2016) is the next field, no value.
    if (!next || VERTICAL_LABEL.test(next.content) || LABELLED_LINE.test(next.content)) continue;
    // The name's value is the headline: a title line, not chrome.
    if (!/名称$/.test(label[1])) block.add(next.index);
    if (!values.has(label[1])) values.set(label[1], { value: next.content, span: { start: next.start, end: next.end } });
    i++;
  }
  // A lone label word (名称 in a sentence's line break) is no block: two labels or more make one.
  return values.size >= 2 ? { values, lines: block } : { values: new Map(), lines: new Set() };
}
