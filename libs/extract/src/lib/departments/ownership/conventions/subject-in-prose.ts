import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { roleOfLabel, settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';

export const SUBJECT_IN_PROSE = 'subject-in-prose';

/**
 * The units named as the body that carries a task: …作为实施主体, …为责任主体, …是市级项目的责任主体. What the body
 * is for may stand between the verb and 主体, closed by 的 (市级项目的).
 */
const SUBJECT = /(?:作为|为|是)(?:([^，,。；;：:\n（）]{2,20}?)的)?(?:责任|实施|建设|工作|管理)主体/g;
/**
 * Units a text says became a task's 责任单位 or 牵头单位 (rule named-as-unit: 辽阳 2024, a news item on the division of
 * the work report: 完善县乡村三级电子商务和物流快递配送体系被纳入其中,市邮政管理局成为责任单位). The label states the role.
 */
const NAMED_AS_UNIT = /(?:成为|列为|确定为)(牵头|责任|配合)单位/g;
/** The clause before naming the task the division took in: …被纳入其中, …纳入分工方案, …被列入…. */
const TAKEN_IN = /^(.{4,60}?)(?:被)?(?:纳入|列入)[^，,。；;]{0,12}$/;
/**
 * A thing to manage and the units that manage it (rule `managed-by`: 石城 2009, 外贸发展引导资金实施办法: 外贸发展资金由县招商局、
 * 县财政局共同管理使用): the topic before 由 is the task, the units after it co-responsible. 由A负责管理 is responsible-in-prose's.
 */
const MANAGED_BY = /由([^，,。；;：:\n（）()由]{2,40}?)(?:共同|统一|分别|分级)?管理(?:和?使用|和?运营|和?维护)?(?=[，,。；;\n]|$)/g;
/** How far before the verb a clause's units (and the topic before 由) may start. */
const SUBJECT_WINDOW = 60;
/** Where the clause starts: after the last sentence, clause or line break before the verb. */
const CLAUSE_BREAK = /[。；;，,：:\n]/;
/** Words between the units and the verb that are no part of a name (县政府要作为责任主体). */
const BEFORE_VERB = /(?:要|应|须|将|应当)?$/;
/** Running text read as a unit (按照属地管理的原则划分): verbs and particles name no unit. */
const NOT_A_UNIT_IN_PROSE = /[要对将的在把为是以]|工作|任务|原则/;
/** The number opening a numbered sentence (3、, （二）, 1.) or an article (第三条): no part of the units after it. */
const ITEM_NUMBER = /^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.．、]|第[0-9一二三四五六七八九十百]{1,5}条)\s*/;
/** A topic is a short name of a thing to do, not a clause of its own. */
const TOPIC = /^[^，,。；;：:\s]{2,20}$/;

/**
 * 县道由交通运输局作为实施主体 · 市直行业主管部门是市级项目的责任主体: the units a clause of running text names as the body
 * (主体) that carries a task. The task is what the clause names: the topic before 由 (县道), or what the body is for
 * (市级项目的); otherwise the paragraph. 主体 states no role: the units are co-responsible.
 */
export const subjectInProse: OwnershipConvention = {
  name: SUBJECT_IN_PROSE,
  description:
    'Units named as the body carrying a task in running text: 县道由交通运输局作为实施主体, 乡道由各乡（镇、街道）作为实施主体, A是市级项目的责任主体; units a thing is managed by (managed-by): 外贸发展资金由县招商局、县财政局共同管理使用.',
  yields:
    'Each unit → co-responsible (the first of a list presumed to lead); the task is the topic before 由 or the words before 的主体 where the clause names one.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    if (text.includes('单位')) clauses.push(...namedAsUnit(text));
    if (text.includes('管理')) clauses.push(...managedBy(text));
    if (!text.includes('主体')) return clauses;
    SUBJECT.lastIndex = 0;
    for (let found = SUBJECT.exec(text); found; found = SUBJECT.exec(text)) {
      const at = found.index;
      const { before, clause, broken } = clauseBefore(text, at);
      if (!broken && at > SUBJECT_WINDOW) continue;
      // Inside brackets, the bracketed conventions read the units.
      if (before.lastIndexOf('（') > before.lastIndexOf('）')) continue;
      const clauseStart = at - clause.length;
      const adverbs = BEFORE_VERB.exec(clause)?.[0] ?? '';
      const by = clause.lastIndexOf('由');
      const numbered = ITEM_NUMBER.exec(clause)?.[0].length ?? 0;
      const listFrom = by >= 0 ? by + 1 : numbered;
      const list = clause.slice(listFrom, clause.length - adverbs.length);
      if (list.length < 2) continue;
      const units = readUnitList(list, clauseStart + listFrom);
      if (units.dropped > 0 || units.units.length === 0 || units.units.some((unit) => NOT_A_UNIT_IN_PROSE.test(unit.name))) continue;
      const topic = by >= 0 ? clause.slice(numbered, by) : '';
      const task =
        by >= 0 && TOPIC.test(topic)
          ? { start: clauseStart + numbered, end: clauseStart + by }
          : found[1] !== undefined
            ? { start: at + found[0].indexOf(found[1]), end: at + found[0].indexOf(found[1]) + found[1].length }
            : undefined;
      if (by >= 0 && !task) continue;
      const { parties, rolesUnstated } = settleRoles([{ label: null, units: units.units, split: units.split }], SUBJECT_IN_PROSE);
      clauses.push({
        start: clauseStart + listFrom,
        end: at + found[0].length,
        parties,
        convention: SUBJECT_IN_PROSE,
        anchor: 'paragraph',
        rolesUnstated,
        ...(task ? { task } : {}),
      });
    }
    return clauses;
  },
};

/**
 * The clause right before `at`: what follows the last clause break among the SUBJECT_WINDOW characters before it
 * (`broken`), else all of them.
 */
function clauseBefore(text: string, at: number): { before: string; clause: string; broken: boolean } {
  const before = text.slice(Math.max(0, at - SUBJECT_WINDOW), at);
  for (let i = before.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(before[i])) return { before, clause: before.slice(i + 1), broken: true };
  return { before, clause: before, broken: false };
}

/** 市邮政管理局成为责任单位: the units of the clause before the verb, the role the label states, the task the clause before. */
function namedAsUnit(text: string): ResponsibilityClause[] {
  const clauses: ResponsibilityClause[] = [];
  NAMED_AS_UNIT.lastIndex = 0;
  for (let found = NAMED_AS_UNIT.exec(text); found; found = NAMED_AS_UNIT.exec(text)) {
    const at = found.index;
    const { clause, broken } = clauseBefore(text, at);
    if (!broken) continue;
    const listStart = at - clause.length;
    // 被, 也, 均 between the units and the verb are no part of a name (市邮政管理局被列为牵头单位).
    const list = clause.slice(0, clause.length - (/(?:被|也|均|亦)+$/.exec(clause)?.[0].length ?? 0));
    // A body the text calls by a pronoun (我局, 本单位, 该局) is no named unit.
    if (list.length < 2 || /^(?:我|本|该|其|贵)/.test(list)) continue;
    const units = readUnitList(list, listStart);
    if (units.dropped > 0 || units.units.length === 0 || units.units.some((unit) => NOT_A_UNIT_IN_PROSE.test(unit.name))) continue;
    // The task: the clause before, when it says the task was taken into the division (…被纳入其中).
    const previousStart = Math.max(0, ...[...'。；;，,\n'].map((mark) => text.lastIndexOf(mark, listStart - 2) + 1));
    const previous = text.slice(previousStart, Math.max(previousStart, listStart - 1));
    const takenIn = /[，,]/.test(text[listStart - 1] ?? '') ? TAKEN_IN.exec(previous) : null;
    const label = roleOfLabel(`${found[1]}单位`);
    const { parties, rolesUnstated } = settleRoles([{ label, units: units.units, split: units.split }], SUBJECT_IN_PROSE);
    clauses.push({
      start: listStart,
      end: at + found[0].length,
      parties,
      convention: SUBJECT_IN_PROSE,
      anchor: 'paragraph',
      rolesUnstated,
      ...(takenIn ? { task: { start: previousStart, end: previousStart + takenIn[1].length } } : {}),
    });
  }
  return clauses;
}

/** 外贸发展资金由县招商局、县财政局共同管理使用: the units after 由, the task the topic opening the clause before 由. */
function managedBy(text: string): ResponsibilityClause[] {
  const clauses: ResponsibilityClause[] = [];
  MANAGED_BY.lastIndex = 0;
  for (let found = MANAGED_BY.exec(text); found; found = MANAGED_BY.exec(text)) {
    // 由A负责管理: responsible-in-prose reads it.
    if (found[1].endsWith('负责')) continue;
    const at = found.index;
    const { clause, broken } = clauseBefore(text, at);
    if (!broken && at > SUBJECT_WINDOW) continue;
    const numbered = ITEM_NUMBER.exec(clause)?.[0].length ?? 0;
    const topic = clause.slice(numbered);
    // A short name of a thing to manage opens the clause: no topic (由市政府统一管理), no task of its own words.
    if (!TOPIC.test(topic) || NOT_A_UNIT_IN_PROSE.test(topic.slice(-1))) continue;
    const listStart = at + 1;
    const units = readUnitList(found[1], listStart);
    if (units.dropped > 0 || units.units.length === 0 || units.units.some((unit) => NOT_A_UNIT_IN_PROSE.test(unit.name))) continue;
    const { parties, rolesUnstated } = settleRoles([{ label: null, units: units.units, split: units.split }], SUBJECT_IN_PROSE);
    const topicStart = at - clause.length + numbered;
    clauses.push({
      start: listStart,
      end: at + found[0].length,
      parties,
      convention: SUBJECT_IN_PROSE,
      anchor: 'paragraph',
      rolesUnstated,
      task: { start: topicStart, end: at },
    });
  }
  return clauses;
}
