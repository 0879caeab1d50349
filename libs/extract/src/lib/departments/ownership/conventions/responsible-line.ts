import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles, UnitGroup } from '../party-roles';
import { readUnitList } from '../unit-list';
import { linesOf } from './text-lines';

export const RESPONSIBLE_LINE = 'responsible-line';

/**
 * A line of its own: 由, the units, 负责 (落实, 实施, 组织实施, 办理), nothing else. Kinds of unit may be set apart by
 * commas (departments, then governments, then zones). 按职责分工 before 负责 splits the task.
 */
const RESPONSIBLE_LINE_SHAPE = /^由([^。；：:]{2,200}?)(按照?职责(?:分工)?|分工|分别)?负责(?:落实|实施|组织实施|办理|推进)?[。；;]?$/;
/** A role word in the list: another convention's clause (由A牵头，B配合 is led-by-prose). */
const ROLE_WORD = /牵头|配合|协助|协同|参与|会同/;
/** Running text read as a collective by its 各 (各地结合实际): verbs and particles name no unit. */
const NOT_A_UNIT = /[要对将的在把为是]|工作|任务|经费|资金|结合|实际|根据/;

/**
 * Rule `responsible-line`: a line that only says who carries out the item above it, 由A,B…负责落实 (周口 2013: 1.抓好以
 * “双十五工程”为核心的189个市级重点项目… / 由市发展改革委,各县市区人民政府,市经济开发区管委会、市东新区管委会负责落实): every
 * unit co-responsible for the item before the line, the first presumed to lead unless the task is split (按职责分工负责). A
 * line cut before its verb (由A,B,C on the page's last line) states nothing.
 */
export const responsibleLine: OwnershipConvention = {
  name: RESPONSIBLE_LINE,
  description: 'A line of its own under an item: 由A、B,C负责落实 (units, then 负责, 负责落实 or 负责实施).',
  yields: 'Each unit → co-responsible for the item above the line; the first presumed to lead unless the task is split.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Only a text with a line opening with 由 can hold one.
    if (!text.includes('\n由') && !text.startsWith('由')) return clauses;
    for (const line of linesOf(text)) {
      const trimmed = line.text.trim();
      if (trimmed[0] !== '由' || !trimmed.includes('负责')) continue;
      const shape = RESPONSIBLE_LINE_SHAPE.exec(trimmed);
      if (!shape || ROLE_WORD.test(shape[1])) continue;
      const listStart = line.start + (line.text.length - line.text.trimStart().length) + 1;
      const units = readUnitList(shape[1], listStart);
      if (units.dropped > 0 || units.units.length === 0 || units.units.some((unit) => NOT_A_UNIT.test(unit.name))) continue;
      const groups: UnitGroup[] = [{ label: null, units: units.units, split: units.split || shape[2] !== undefined }];
      const { parties, rolesUnstated } = settleRoles(groups, RESPONSIBLE_LINE);
      clauses.push({
        start: listStart - 1,
        end: listStart + shape[1].length + (shape[2]?.length ?? 0) + 2,
        parties,
        convention: RESPONSIBLE_LINE,
        anchor: 'preceding-item',
        rolesUnstated,
      });
    }
    return clauses;
  },
};
