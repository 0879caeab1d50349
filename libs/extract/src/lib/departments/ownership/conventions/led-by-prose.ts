import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles, UnitGroup } from '../party-roles';
import { readUnitList } from '../unit-list';

/** 由A / 由A、B just before the 牵头 the search is anchored on. */
const LED_BY_BEFORE = /由([^由，。；：（）\n]{2,80})$/;
/** …，会同B、C等部门（研究制定…）. */
const WITH =
  /^[，]?(?:会同|联合|协调)([^，。；\n]{2,150}?)(?:等(?:有关|相关)?(?:部门|单位)?)?(?=[，。；\n]|共同|研究|制定|开展|建立|推进|组织|做好|抓好|负责|实施|落实|出台|编制|完善|加强|加快|统筹|做实|督促|指导)/;
/** …，B、C配合. */
const SUPPORTED_BY = /^[，]([^，。；\n]{2,150}?)(?:等(?:有关|相关)?(?:部门|单位)?)?(?:配合|参与|参加|协同)/;

function clauseAt(text: string, start: number, leadList: string, leadStart: number, afterLead: number): ResponsibilityClause | null {
  const lead = readUnitList(leadList, leadStart);
  if (lead.dropped > 0 || lead.units.length === 0) return null;
  const groups: UnitGroup[] = [{ label: 'lead', units: lead.units, split: false }];
  let end = afterLead;
  const rest = text.slice(afterLead, afterLead + 200);
  const support = WITH.exec(rest) ?? SUPPORTED_BY.exec(rest);
  if (support) {
    const listStart = afterLead + (support.index ?? 0) + support[0].indexOf(support[1]);
    const units = readUnitList(support[1], listStart).units;
    if (units.length > 0) {
      groups.push({ label: 'support', units, split: false });
      end = afterLead + (support.index ?? 0) + support[0].length;
    }
  }
  const { parties, rolesUnstated } = settleRoles(groups, 'led-by-prose');
  return { start, end, parties, convention: 'led-by-prose', anchor: 'paragraph', rolesUnstated };
}

/** 由市市场监管局牵头，会同市商务局、市公安局… · 由省发展改革委牵头负责 · 省商务厅牵头，会同省财政厅…. */
export const ledByProse: OwnershipConvention = {
  name: 'led-by-prose',
  description: 'A lead named in running text: 由A牵头，会同B、C…; 由A牵头，B、C配合; A牵头，会同B….',
  yields: 'The units before 牵头 → lead; those after 会同/联合 or before 配合/参与 → support.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Anchored on each 牵头 (rare), so the regular expressions only ever run on a short window around it.
    for (let at = text.indexOf('牵头'); at >= 0; at = text.indexOf('牵头', at + 2)) {
      if (clauses.length > 0 && at < clauses[clauses.length - 1].end) continue;
      const after = at + 2 + (/^(负责|抓总)/.test(text.slice(at + 2, at + 4)) ? 2 : 0);
      const from = Math.max(0, at - 81);
      const ledBy = LED_BY_BEFORE.exec(text.slice(from, at));
      const led = ledBy ? clauseAt(text, from + (ledBy.index ?? 0), ledBy[1], from + (ledBy.index ?? 0) + 1, after) : null;
      if (led) {
        clauses.push(led);
        continue;
      }
      if (!/^[，]?(?:会同|联合)/.test(text.slice(at + 2, at + 5))) continue;
      const before = text.slice(Math.max(0, at - 40), at);
      const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('，'), before.lastIndexOf('\n'));
      if (cut < 0 && at > 40) continue;
      const list = before.slice(cut + 1);
      if (list.length < 2 || /[：（）]/.test(list)) continue;
      const clause = clauseAt(text, at - list.length, list, at - list.length, at + 2);
      if (clause) clauses.push(clause);
    }
    return clauses;
  },
};
