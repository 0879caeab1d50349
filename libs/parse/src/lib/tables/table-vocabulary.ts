import { isWhitespace } from '../lines';
import type { TableColumnKind } from '../parsed-document';

/**
 * Column headers of indicator and task tables in Chinese plans (主要指标表, 专栏, 任务分工表). A flattened table is
 * recognized by a run of cells that are all such headers.
 */
const HEADER_KINDS: ReadonlyArray<{ kind: TableColumnKind; pattern: RegExp }> = [
  { kind: 'serial', pattern: /^(序号|编号)$/ },
  { kind: 'category', pattern: /^(指标类别|指标类型|类别|类型|领域|分类|指标分类|重点领域|维度)$/ },
  { kind: 'name', pattern: /^(指标名称|指标|名称|项目名称|任务名称|工程名称|重点任务|主要任务|任务|项目|具体指标|工作任务|重点工作)$/ },
  { kind: 'unit', pattern: /^(计量)?单位$/ },
  {
    kind: 'value',
    pattern: /^((\d{4})年?(年底|年末)?(基数|目标|目标值|预期值|预期目标|现状值|基期值|实际值|完成值|值)?|基数|基期值|现状值|目标值|预期目标|年均增速|年均增长|年均增长率|年均增幅|累计增长|增速|累计)$/,
  },
  { kind: 'attribute', pattern: /^(指标)?属性$/ },
  { kind: 'department', pattern: /^(数据来源|责任单位|牵头单位|责任部门|牵头部门|配合单位|责任主体|统计部门|监测部门|主要责任单位|牵头单位及配合单位)$/ },
  { kind: 'text', pattern: /^(建设内容|主要内容|完成时限|时间节点|建设地点|备注|建设年限|总投资|投资额)$/ },
];

/** The longest header any pattern above accepts is 11 units (2025年年底预期目标); this bound only has to exceed it. */
const MAX_HEADER_LENGTH = 24;

export function headerKind(cell: string): TableColumnKind | null {
  // Body lines are long: rejected by their length without spaces, before any string is built or regex run.
  let units = 0;
  for (let i = 0; i < cell.length; i++) if (!isWhitespace(cell.charCodeAt(i)) && ++units > MAX_HEADER_LENGTH) return null;
  const compact = cell.replace(/\s+/g, '');
  for (const { kind, pattern } of HEADER_KINDS) if (pattern.test(compact)) return kind;
  return null;
}

/** Units of measure written in a 单位 cell. */
const UNIT =
  /^(%|‰|个百分点|百分点|倍|[个件家项人岁年天次户套条处艘辆张床所座分]|(万|亿)?人次?|(万|亿|万亿)?(元|美元)|(万|亿)?吨|(万|亿)?千瓦时?|公里|千米|(万)?平方(公里|米)|公顷|(万)?亩|(万)?标箱|TEU|GB|Mbps|[\u4e00-\u9fa5]{1,3}\/[\u4e00-\u9fa5]{1,3})$/;

export function isUnitCell(cell: string): boolean {
  return UNIT.test(cell.replace(/\s+/g, ''));
}

export function isAttributeCell(cell: string): boolean {
  return /^(预期性|约束性|指导性)$/.test(cell);
}

/** Values as tables write them: numbers, ranges, [cumulative], comparators, or verbal targets. */
export function isValueCell(cell: string): boolean {
  return /\d/.test(cell) || /(不低于|不高于|不超过|以上|以下|左右|以内|同步|高于|低于|下达|完成|保持|稳定|控制|持平)/.test(cell);
}

export function isNumberOnly(cell: string): boolean {
  return /^[\d.,%\s]+$/.test(cell);
}
