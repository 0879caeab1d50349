import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';
import { clauseBefore } from './clause-before';

export const DUTY_IN_PROSE = 'duty-in-prose';

/** How far before 要 the units may start. */
const SUBJECT_WINDOW = 40;
/** A list closed by 等牵头部门 before its comma may be long (six units in 靖边 2025). */
const LEAD_LIST_WINDOW = 80;
/**
 * The words 要 opens that are no duty: 要求 (a person's demand: 王良永要求…), 要点, 要素, 要件, 要害, 要闻, 要务, 要事, 要情 —
 * all nouns or a reporting verb.
 */
const NOT_A_DUTY = /^要[求点素件害闻务事情]/;
/**
 * A role the units are given between them and 要: 作为创建牵头单位 (崇阳: 县文广新局作为创建牵头单位要抓好…) or 等牵头部门
 * closing the list (靖边 2025: 县政府办、县发改局…等牵头部门,要于每次调度会议前…): both name the units the lead.
 */
const LEAD_ROLE = /(?:作为[^，。；]{0,8}|等)牵头(?:单位|部门)$/;
/**
 * Units the text addresses without naming them, which assign nothing to anyone: 各牵头单位, 各责任单位, 牵头单位, 各相关
 * 单位, 各成员单位, 涉及单位, 政府各组成部门广大干部, 各乡镇、各部门, 全县各级各部门 (西乡 2023). A collective government
 * (各乡镇人民政府, 各县（市、区）人民政府) is one unit, as in unit lists; any other 各… is not.
 */
const UNNAMED = /牵头|责任|配合|协作|协同|参与|相关|有关|成员|涉及|其他|干部|领导|同志|[要对将的在把为是]|工作|任务|经费|资金/;
const BARE_COLLECTIVE = /各/;
const COLLECTIVE_GOVERNMENT = /^各(?!级).*政府$/;
/**
 * How a unit's name ends (局, 委, 办, 室, 政府, 中心 …). A place (肇庆市要实现GDP…), the whole of one (全市政府系统要…, 全省
 * 制造业高质量发展要…) or the text's own 政府 (政府要依法接受…监督) opening a sentence with 要 states a goal or a pledge, not
 * a unit's duty.
 */
const UNIT_END = /(?:厅|局|委|办|部|院|会|中心|政府|公司|室|所|站|处|组|队|行|社|馆|街道|乡镇|单位|部门|分局|支队|大队)$/;
const WHOLE_PLACE = /^全/;
/** The number opening a numbered item (五、, 3., （二）): no part of the units after it. */
const ITEM_NUMBER = /^\s*[（(]?[0-9一二三四五六七八九十]{1,3}[)）.．、]\s*/;
/**
 * The last character of a unit's name (UNIT_END's): 要 after any other (主要, 需要, 重要, 只要) opens no unit's duty. A cheap
 * test before any reading, as 要 is frequent.
 */
const NAME_LAST = new Set('厅局委办部院会心府司室所站处组队行社馆道镇乡位门'.split(''));
/** After 要, a verb another convention reads with its own roles: 要会同 (convenes-with-prose), 要负责 (responsible-in-prose). */
const OTHER_VERB = /^(?:会同|负责|牵头|配合)/;
/** A clause after 要 that only says when or by what the duty is done (于…前, 根据…要求, 按照…): the duty follows it. */
const FRAMING = /^(?:于|在|根据|按照|依据|结合|对照|围绕|针对|按)/;
/** What the units are to do: after 要, up to the end of the clause (one framing clause and the one after it). */
const CLAUSE = /^[^，。；！\n（）]{2,60}/;

/** The task after 要 at `from`: its clause, or a framing clause and the next one; null where none is written. */
function dutyAfter(text: string, from: number): { start: number; end: number } | null {
  const first = CLAUSE.exec(text.slice(from, from + 61));
  if (!first) return null;
  let end = from + first[0].length;
  if (FRAMING.test(first[0]) && text[end] === '，') {
    const next = CLAUSE.exec(text.slice(end + 1, end + 62));
    if (next) end = end + 1 + next[0].length;
  }
  return { start: from, end };
}

/**
 * 县财政局要做好项目投资评审工作 (保康) · 政府督查室、监察局要跟踪问效 (张家川 2016) · 区委区政府督查室要根据各项工作任务完成时限要求,
 * 适时开展督查督办工作 (大洼 2021) · 各乡镇人民政府要严格执行… (姚安 2023): named units opening a clause of running text, then
 * 要 and what they are to do — a duty written without 负责. Each unit is co-responsible (the first of a plain list presumed
 * to lead); a unit named the lead before 要 (作为…牵头单位, …等牵头部门,) leads. Only where every word before 要 is a unit
 * the text names: 各牵头单位要…, 各乡镇、各部门要…, 涉及单位要… assign nothing to anyone and are left alone.
 */
export const dutyInProse: OwnershipConvention = {
  name: DUTY_IN_PROSE,
  description: 'Named units opening a clause of running text, then 要 and their duty: 县财政局要做好项目投资评审工作; A、B要跟踪问效.',
  yields: 'Each unit → co-responsible (the first of a plain list presumed to lead); 作为…牵头单位 / …等牵头部门 before 要 → lead.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Anchored on each 要, so the reading only runs on the few characters before it.
    for (let at = text.indexOf('要'); at >= 0; at = text.indexOf('要', at + 1)) {
      const before = text[at - 1];
      const afterComma = before === '，' && (text.startsWith('部门', at - 3) || text.startsWith('单位', at - 3));
      if (!afterComma && !NAME_LAST.has(before)) continue;
      if (NOT_A_DUTY.test(text.slice(at, at + 2)) || OTHER_VERB.test(text.slice(at + 1, at + 3))) continue;
      let clause = clauseBefore(text, at, SUBJECT_WINDOW);
      if (clause === null) continue;
      let clauseEnd = at;
      // …等牵头部门,要于…: the units close the clause before the comma that precedes 要.
      if (clause.length === 0 && afterComma) {
        clauseEnd = at - 1;
        clause = clauseBefore(text, clauseEnd, LEAD_LIST_WINDOW);
        if (clause === null || !LEAD_ROLE.test(clause)) continue;
      }
      const role = LEAD_ROLE.exec(clause);
      const number = ITEM_NUMBER.exec(clause)?.[0].length ?? 0;
      const list = (role ? clause.slice(0, role.index) : clause).slice(number);
      if (list.length < 2) continue;
      // Cheap tests on the words before reading them as a list: a word no unit holds, a bare 各….
      if (UNNAMED.test(list) || (BARE_COLLECTIVE.test(list) && !list.endsWith('政府'))) continue;
      const listStart = clauseEnd - clause.length + number;
      const units = readUnitList(list, listStart);
      if (units.dropped > 0 || units.units.length === 0) continue;
      const unnamed = (name: string) =>
        UNNAMED.test(name) ||
        (BARE_COLLECTIVE.test(name) && !COLLECTIVE_GOVERNMENT.test(name)) ||
        !UNIT_END.test(name) ||
        WHOLE_PLACE.test(name) ||
        name.length < 3;
      if (units.units.some((unit) => unnamed(unit.name))) continue;
      const task = dutyAfter(text, at + 1);
      if (task === null) continue;
      const { parties, rolesUnstated } = settleRoles([{ label: role ? 'lead' : null, units: units.units, split: units.split }], DUTY_IN_PROSE);
      clauses.push({ start: listStart, end: at + 1, parties, convention: DUTY_IN_PROSE, anchor: 'paragraph', rolesUnstated, task });
    }
    return clauses;
  },
};
