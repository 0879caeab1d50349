import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { groupsOfLabelledBody, ROLE_LABEL, settleRoles } from '../party-roles';
import { linesOf } from './text-lines';

const LINE_STARTS_WITH_LABEL = new RegExp(`^\\s*${ROLE_LABEL}(?:(?:及|和)${ROLE_LABEL})?[：:]`);
/** Other short "key: value" lines that may sit among the label lines (牵头负责领导：刘惠。 完成时限：6月底前). */
const KEY_VALUE_LINE = /^\s*[^：:\n。，]{2,12}[：:][^\n]{0,40}$/;
const LABEL_AFTER_SENTENCE = new RegExp(`[。；]\\s*(${ROLE_LABEL}(?:(?:及|和)${ROLE_LABEL})?[：:])`);
/** How every ROLE_LABEL ends before its colon (one regex test: six String.includes calls over a document cost more). */
const LABEL_ENDING = /(?:单位|部门|主体|牵头|主责|配合|协同|协助|协办|参与|参加)[：:]/;

function clauseOf(text: string, start: number, end: number, anchor: 'paragraph' | 'preceding-item'): ResponsibilityClause | null {
  const { parties, rolesUnstated } = settleRoles(groupsOfLabelledBody(text.slice(start, end), start), 'label-line');
  return parties.length > 0 ? { start, end, parties, convention: 'label-line', anchor, rolesUnstated } : null;
}

/**
 * 责任单位：市商务局、市财政局 on its own line under the task it assigns (consecutive label lines, such as 牵头单位 then
 * 责任单位, form one clause), or after the task's last sentence without brackets (…。责任单位：市商务局).
 */
export const labelLine: OwnershipConvention = {
  name: 'label-line',
  description:
    'An unbracketed label line: 责任单位：市商务局、市财政局 under the item, or 牵头单位：A / 配合单位：B on consecutive lines; or …。责任单位：A after the last sentence.',
  yields: '牵头(责任)单位 → lead; 配合/协同(责任)/参加单位 → support; 责任单位 → co-responsible (first presumed lead when no lead is stated).',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Every label ends in 单位, 部门 or 主体 and a colon: a text without one is not split into lines.
    if (!LABEL_ENDING.test(text)) return clauses;
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (LINE_STARTS_WITH_LABEL.test(line.text)) {
        let last = i;
        let j = i + 1;
        while (j < lines.length) {
          const next = lines[j].text;
          if (LINE_STARTS_WITH_LABEL.test(next)) last = j;
          else if (next.trim().length > 0 && !KEY_VALUE_LINE.test(next)) break;
          j++;
        }
        const clause = clauseOf(text, line.start + (line.text.length - line.text.trimStart().length), lines[last].end, 'preceding-item');
        if (clause) clauses.push(clause);
        i = last;
        continue;
      }
      const after = LABEL_AFTER_SENTENCE.exec(line.text);
      if (after) {
        const labelStart = line.start + (after.index ?? 0) + after[0].length - after[1].length;
        const clause = clauseOf(text, labelStart, line.end, 'paragraph');
        if (clause) clauses.push(clause);
      }
    }
    return clauses;
  },
};
