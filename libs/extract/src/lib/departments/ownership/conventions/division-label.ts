import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';

export const DIVISION_LABEL = 'division-label-with-verbs';

/** 部门分工： · 责任分工： · 任务分工： · 分工： opening a line, or after the task's last sentence. */
const DIVISION_LABEL_AT = /(^|[。；])[ \t]*(?:部门|责任|任务|职责|工作)?分工[：:]/gm;
const LABEL_END = /分工[：:]/;

/**
 * A division label whose list says the roles with verbs: 部门分工：省发展改革委牵头，各地、各部门配合。 under the task
 * (a 2021 省《政府工作报告》重点任务分工方案 of 广东). The label states no role itself; 牵头 and 配合 do.
 */
export const divisionLabel: OwnershipConvention = {
  name: DIVISION_LABEL,
  description:
    'A 部门分工/责任分工/分工 label before units with role verbs: 部门分工：A牵头，B、C配合, on its own line under the task or after its last sentence.',
  yields: 'Units before 牵头 → lead; before 配合/参与/参加/协同 → support; the rest → co-responsible (first presumed lead when no role is stated).',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Every label ends in 分工 and a colon: a text without one is not searched (one regex pass, not two includes).
    if (!LABEL_END.test(text)) return clauses;
    for (const match of text.matchAll(DIVISION_LABEL_AT)) {
      const labelStart = (match.index ?? 0) + match[1].length;
      const listStart = (match.index ?? 0) + match[0].length;
      const lineEnd = text.indexOf('\n', listStart);
      const end = lineEnd < 0 ? text.length : lineEnd;
      const list = readUnitList(text.slice(listStart, end), listStart);
      if (list.units.length === 0) continue;
      const { parties, rolesUnstated } = settleRoles([{ label: null, units: list.units, split: list.split }], DIVISION_LABEL);
      const ownLine = match[1] === '';
      clauses.push({ start: labelStart, end, parties, convention: DIVISION_LABEL, anchor: ownLine ? 'preceding-item' : 'paragraph', rolesUnstated });
    }
    return clauses;
  },
};
