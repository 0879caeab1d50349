import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { DUTY_IN_PROSE } from './duty-in-prose';

/**
 * Rule `assigned-each` (a duty-in-prose reading): a unit assigns the units it lists (安排A、B、C等…单位) what each is to do for
 * itself (…分别编制本单位「十四五」发展规划: 贵州 2020, a Traditional news copy on the 文化和旅游厅's plan). Each listed unit is
 * co-responsible and none presumed to lead (分别: the task is split); the one who assigns is no party to it. Only where every
 * piece of the list is a unit's name (安排专人负责 names none).
 */
const ASSIGNED =
  /安排((?:[\u4e00-\u9fa5]{2,16}、){1,12}[\u4e00-\u9fa5]{2,16}?)(?:等[\u4e00-\u9fa5]{0,8}?(?:单位|部门))?[，,]([^。；;，,]{0,16}?)分别([^。；;，,]{2,40})/g;
const UNIT_END = /(?:厅|局|委|办|院|会|中心|馆|学校|站|所|室|社|团|队)$/;

export const assignedEach: OwnershipConvention = {
  name: DUTY_IN_PROSE,
  description: 'A unit assigns the units it lists what each is to do: 安排A、B、C等厅直属单位,…分别编制本单位规划.',
  yields: 'Each listed unit → co-responsible, none presumed to lead (分别: a split task).',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    if (!text.includes('安排')) return clauses;
    for (const match of text.matchAll(ASSIGNED)) {
      const listStart = (match.index ?? 0) + 2;
      const names = match[1].split('、');
      if (names.some((name) => !UNIT_END.test(name) || /^[各有相其]/.test(name))) continue;
      let offset = listStart;
      const units = names.map((name) => {
        const unit = { name, start: offset, end: offset + name.length, stated: null, separately: false, run: 0 };
        offset += name.length + 1;
        return unit;
      });
      const taskStart = (match.index ?? 0) + match[0].length - match[3].length;
      const { parties, rolesUnstated } = settleRoles([{ label: null, units, split: true }], DUTY_IN_PROSE);
      clauses.push({
        start: listStart,
        end: listStart + match[1].length,
        parties,
        convention: DUTY_IN_PROSE,
        anchor: 'paragraph',
        rolesUnstated,
        task: { start: taskStart, end: taskStart + match[3].length },
      });
    }
    return clauses;
  },
};
