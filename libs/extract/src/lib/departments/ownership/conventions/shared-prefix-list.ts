import { departmentKind, isKnownDepartmentStem } from '../../canonical-department';
import { isPlaceWord } from '../../../regions/place-words';
import type { ListedUnit } from '../unit-list';

export const SHARED_PREFIX_LIST = 'shared-prefix-list';

/** The level prefix a list writes once on its first body: 省, 自治区, 市, 州, 盟, 县, 区, 旗 (not 省委: a party body). */
const LEVEL_PREFIX = /^(自治区|自治州|省|市|州|盟|县|区|旗)(?!委|直|属|级|各)/;
/** A government body's ending (厅, 委, 局, 办); collectives (各…, 相关…) are never bare bodies. */
const BODY_END = /^.{1,12}(厅|委|局|办|委员会|办公室)$/;
const COLLECTIVE = /^(各|有关|相关|其他|其它|全)/;

/** Written with a level prefix of its own: 市财政局, but not 市场监管局 (a department's bare name). */
function ownPrefix(name: string): string | null {
  if (isKnownDepartmentStem(name)) return null;
  return LEVEL_PREFIX.exec(name)?.[1] ?? null;
}

/** National bodies and their local offices (国家能源局湖南监管办, 中国人民银行…支行) never take a local level prefix. */
const NATIONAL = /^(国家|中国|中央|全国)/;

/**
 * A higher-level bureau's branch office in the place (海曙 2023: 区发改局、海曙生态环境分局 — 宁波's 生态环境局 in 海曙) is managed
 * from above and named by its place, not by the level prefix of the list: it takes none.
 */
const BRANCH_OFFICE = /分局$/;

function isBareBody(name: string): boolean {
  if (!isKnownDepartmentStem(name) && /^(省|市|县|区|州|盟|旗|自治)/.test(name)) return false;
  if (NATIONAL.test(name) || BRANCH_OFFICE.test(name)) return false;
  return BODY_END.test(name) && !COLLECTIVE.test(name) && !isPlaceWord(name) && departmentKind(name) === 'government';
}

/**
 * A 省/自治区 prefix written once for a list: 省工信厅、发改委、财政厅 are 省工信厅, 省发改委, 省财政厅;
 * once shared so within its run, it carries on into the runs after a comma that write none (a county-level city's 2022
 * air plan: (市发改委、工信局、行政审批局牵头,生态环境局、交通局等配合) are all 市 bureaus), but a prefix on a unit alone before
 * a comma (省发改委，财政厅) is that unit's own;
 * 自治区发展改革委、经济和信息化委、国土资源厅 are 自治区… each. Within one run of units joined by 、 that writes a level
 * prefix exactly once, the bare department names after it take that prefix; a run that writes it on most units
 * (省发展改革委、省市场监管局、商务厅) shares nothing. Names are kept as written otherwise (国土资源厅 is not renamed to
 * today's 自然资源厅). Places (内蒙古电力监管办), collectives (相关盟市), enterprises and vertically managed offices
 * (海关) never take a prefix.
 */
export function applySharedPrefix(units: readonly ListedUnit[]): ListedUnit[] {
  const prefixedInRun = new Map<number, number>();
  for (const unit of units) if (ownPrefix(unit.name)) prefixedInRun.set(unit.run, (prefixedInRun.get(unit.run) ?? 0) + 1);
  let prefix: string | null = null;
  let prefixRun = -1;
  // The prefix was shared within its own run (市发改委、工信局、…): the runs after it that write none take it too.
  let sharedInRun = false;
  return units.map((unit) => {
    const own = ownPrefix(unit.name);
    if (own) {
      prefix = prefixedInRun.get(unit.run) === 1 ? own : null;
      prefixRun = unit.run;
      sharedInRun = false;
      return unit;
    }
    if (prefix === null || !isBareBody(unit.name)) return unit;
    const laterRunWithoutPrefix = unit.run > prefixRun && sharedInRun && !prefixedInRun.has(unit.run);
    if (unit.run !== prefixRun && !laterRunWithoutPrefix) return unit;
    if (unit.run === prefixRun) sharedInRun = true;
    return { ...unit, name: prefix + unit.name, sharedPrefix: prefix };
  });
}
