import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';

/** How far before 负责 a clause's subject may start. */
const SUBJECT_WINDOW = 60;
/** Words between the units and 负责 that are no part of a name: 按职责分工负责, 分别负责, 要切实负责. */
const BEFORE_VERB = /(?:要|将|应|须|应当)?(?:切实|具体|统一|共同|各自|分别|主要)?(?:按照?职责(?:分工)?|分工)?$/;
/** Running text around a unit that the list reader would keep (各地要对本地区安全生产): verbs and particles name no unit. */
const NOT_A_UNIT_IN_PROSE = /[要对将的在把为是]|工作|任务|经费|资金/;
/** 负责人, 负责同志: people, not a task. */
const PERSON_AFTER = /^(?:人|同志)/;

/**
 * 市商务局负责具体活动组织实施和效果评估 · 市财政局、市税务局按职责分工负责 · 由各县区政府负责组织实施: a clause of running
 * text opening with its units (or naming them after 由), then 负责. Only where every word there is a unit: "各地要对本
 * 地区安全生产负责" names none and is left alone.
 */
export const responsibleInProse: OwnershipConvention = {
  name: 'responsible-in-prose',
  description: 'Units opening a clause of running text, then 负责: 市商务局负责具体活动组织实施; A、B按职责分工负责.',
  yields: 'Each unit → co-responsible; the first of a plain list presumed to lead, none where the text splits the task (分工, 分别).',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Anchored on each 负责, so the reading only ever runs on the clause just before it.
    for (let at = text.indexOf('负责'); at >= 0; at = text.indexOf('负责', at + 2)) {
      if (PERSON_AFTER.test(text.slice(at + 2, at + 4))) continue;
      const before = text.slice(Math.max(0, at - SUBJECT_WINDOW), at);
      const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('，'), before.lastIndexOf('\n'), before.lastIndexOf('：'));
      if (cut < 0 && at > SUBJECT_WINDOW) continue;
      // Inside brackets, (A负责) is the bracketed conventions' to read.
      if (before.lastIndexOf('（') > before.lastIndexOf('）')) continue;
      const clause = before.slice(cut + 1);
      const adverbs = BEFORE_VERB.exec(clause)?.[0] ?? '';
      // 活动经费由市财政局负责保障: the units follow 由.
      const by = clause.lastIndexOf('由') + 1;
      const list = clause.slice(by, clause.length - adverbs.length);
      if (list.length < 2 || /牵头|配合|参与|协同|会同/.test(list)) continue;
      const listStart = at - clause.length + by;
      const units = readUnitList(list, listStart);
      if (units.dropped > 0 || units.units.length === 0 || units.units.some((unit) => NOT_A_UNIT_IN_PROSE.test(unit.name))) continue;
      const split = /分工|分别/.test(adverbs) || units.split;
      const { parties, rolesUnstated } = settleRoles([{ label: null, units: units.units, split }], 'responsible-in-prose');
      clauses.push({ start: listStart, end: at + 2, parties, convention: 'responsible-in-prose', anchor: 'paragraph', rolesUnstated });
    }
    return clauses;
  },
};
