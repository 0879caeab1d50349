import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';

/**
 * A numbered heading that names who leads every item below it, as task lists of a work report are grouped:
 * "一、县示范区管委会牵头工作（8项）", "（二）市发展改革委牵头事项", "三、县教育局负责的重点任务".
 */
const LEAD_HEADING =
  /(?<=^|\n)(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)([^\n。，；：（）]{2,40}?)(牵头|负责)的?(?:重点)?(?:工作|事项|任务)(?:（\d{1,3}项）)?(?=\n|$)/g;
/** Cheap gate: most documents have no such heading. */
const GATE = /(?:牵头|负责)的?(?:重点)?(?:工作|事项|任务)(?:（\d{1,3}项）)?\n/;

export const leadInHeading: OwnershipConvention = {
  name: 'lead-in-heading',
  description: 'A numbered heading naming the units that lead every item under it: 一、县示范区管委会牵头工作（8项）; （二）市发展改革委牵头事项.',
  yields: 'Before 牵头 → lead of each item under the heading; before 负责 → co-responsible (the first presumed lead).',
  find: (text) => {
    if (!GATE.test(text)) return [];
    const clauses: ResponsibilityClause[] = [];
    for (const match of text.matchAll(LEAD_HEADING)) {
      const listStart = (match.index ?? 0) + match[0].indexOf(match[1]);
      const units = readUnitList(match[1], listStart);
      if (units.dropped > 0 || units.units.length === 0) continue;
      const lead = match[2] === '牵头';
      const { parties, rolesUnstated } = settleRoles([{ label: lead ? 'lead' : null, units: units.units, split: units.split }], 'lead-in-heading');
      clauses.push({
        start: listStart,
        end: listStart + match[1].length + match[2].length,
        parties,
        convention: 'lead-in-heading',
        anchor: 'section-items',
        rolesUnstated,
      });
    }
    return clauses;
  },
};
