import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';
import { clauseBefore } from './clause-before';

export const CONVENES_WITH_PROSE = 'convenes-with-prose';

/** How far before 会同 the convening units may start. */
const SUBJECT_WINDOW = 40;
/** Words between the convening units and 会同 that are no part of a name: 要会同, 将会同, 负责会同, 并会同. */
const BEFORE_VERB = /(?:要|将|应|须|应当|并|负责|牵头)?$/;
/**
 * Where the units convened may end, after 会同: before the work they do together (对…进行督导, 研究制定…, 共同…) or the
 * clause's end. A stop word may sit inside a name (县督查落实办): the first stop after a whole unit name is taken.
 */
const STOP =
  /[，。；\n]|对|就|向|共同|一起|研究|制定|开展|建立|推进|组织|做好|抓好|实施|落实|出台|编制|完善|加强|加快|统筹|督促|指导|进行|提出|审核|核查|做出|作出/g;
/** How a unit name ends (局, 委, 办, 政府, 中心 …). */
const UNIT_END = /(?:厅|局|委|办|部|院|会|中心|政府|公司|室|所|站|处|组|队|行|社|馆|街道|乡镇|单位|部门)$/;
/** The units convened right after 会同 at `at`, and where they end (their 等部门 included), or null. */
function convened(text: string, at: number): { units: ReturnType<typeof readUnitList>['units']; end: number } | null {
  const window = text.slice(at + 2, at + 82);
  const clauseEnd = window.search(/[，。；：\n（）]/);
  const span = clauseEnd < 0 ? window : window.slice(0, clauseEnd + 1);
  STOP.lastIndex = 2;
  for (let stop = STOP.exec(span); stop; stop = STOP.exec(span)) {
    const list = span.slice(0, stop.index).replace(/等(?:有关|相关)?(?:部门|单位)?$/, '');
    if (!UNIT_END.test(list)) continue;
    const units = readUnitList(list, at + 2);
    if (units.dropped > 0 || units.units.length === 0 || units.units.some((unit) => NOT_A_UNIT_IN_PROSE.test(unit.name))) return null;
    // Rule `convenes-unnamed`: parties the text does not name (内蒙古 2026: 自治区发展改革委要会同有关部门,加强正面宣传…) are no
    // units; the units convening them still lead.
    return { units: units.units.filter((unit) => !VAGUE.test(unit.name)), end: at + 2 + stop.index };
  }
  return null;
}
/** A verb of the clause marked done: 进行了, 开展了, 完成了. */
const DONE_IN_CLAUSE = /[\u4e00-\u9fa5]了/;
/** Parties the text does not name: 有关部门, 相关单位, 有关方面. */
const VAGUE = /^(?:有关|相关|其他)(?:方面|部门|单位)$/;
/** Running text around a unit that the list reader would keep: verbs and particles name no unit, nor 各地. */
const NOT_A_UNIT_IN_PROSE = /[要对将的在把为是]|工作|任务|经费|资金|^各地$/;
/** What the units do together, right after them, up to the end of the clause. */
const OBJECT = /^[^，。；：\n（）]{2,40}(?=[，。；：\n（）]|$)/;

/**
 * 县发改委要会同县督查落实办对相关工作进行督导 (会昌 2023): a clause of running text opening with its units, then 会同 and
 * the units they convene. The units that convene lead the work and the ones convened support it, as 主办 and 协办 do: 会同
 * names who convenes. (由A牵头，会同B and A牵头，会同B are led-by-prose's, which reads them first.)
 */
export const convenesWithProse: OwnershipConvention = {
  name: CONVENES_WITH_PROSE,
  description: 'Units opening a clause of running text, then 会同 and other units: 县发改委要会同县督查落实办对相关工作进行督导.',
  yields: 'The units before 会同 → lead (they convene); the units after it → support.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Anchored on each 会同 (rare), so the reading only runs on the clause around it.
    for (let at = text.indexOf('会同'); at >= 0; at = text.indexOf('会同', at + 2)) {
      const clause = clauseBefore(text, at, SUBJECT_WINDOW);
      if (clause === null) continue;
      const adverbs = BEFORE_VERB.exec(clause)?.[0] ?? '';
      // 实施细则由市财政局会同…: the units follow 由.
      const by = clause.lastIndexOf('由') + 1;
      const list = clause.slice(by, clause.length - adverbs.length);
      if (list.length < 2 || /牵头|配合|参与|协同/.test(list)) continue;
      const listStart = at - clause.length + by;
      const conveners = readUnitList(list, listStart);
      if (conveners.dropped > 0 || conveners.units.length === 0 || conveners.units.some((unit) => NOT_A_UNIT_IN_PROSE.test(unit.name) || VAGUE.test(unit.name)))
        continue;
      const helpers = convened(text, at);
      if (!helpers) continue;
      const end = helpers.end;
      // An account of work done (郴州 2013 通报: 市产业大转型领导小组办公室会同有关部门对…进行了考核评价) is no duty.
      if (DONE_IN_CLAUSE.test(text.slice(end, end + 60).split(/[，。；\n]/)[0] ?? '')) continue;
      const { parties, rolesUnstated } = settleRoles(
        [
          { label: 'lead', units: conveners.units, split: false },
          { label: 'support', units: helpers.units, split: false },
        ],
        CONVENES_WITH_PROSE,
      );
      // The work after the comma closing the convened (…会同有关部门,加强正面宣传与典型案例通报).
      const objectStart = text[end] === '，' ? end + 1 : end;
      const object = OBJECT.exec(text.slice(objectStart, objectStart + 41));
      clauses.push({
        start: listStart,
        end,
        parties,
        convention: CONVENES_WITH_PROSE,
        anchor: 'paragraph',
        rolesUnstated,
        ...(object ? { task: { start: objectStart, end: objectStart + object[0].length } } : {}),
      });
    }
    return clauses;
  },
};
