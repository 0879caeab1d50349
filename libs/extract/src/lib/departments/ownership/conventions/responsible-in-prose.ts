import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';
import { clauseBefore } from './clause-before';

/** How far before 负责 a clause's subject may start. */
const SUBJECT_WINDOW = 60;
/**
 * Rule `long-list-before-verb`: a clause longer than the subject window that is a written list of units (three 、 at
 * least) before its verb, the list a bracket would hold written as running text (河东区 2022: …落实落细。发改委、区教育局、
 * 区卫健委…区残联、各街道按职责分工负责, seventeen units): read as far back as this.
 */
const LONG_LIST_WINDOW = 300;
const LIST_SEPARATORS = /、/g;
/** A piece of a long list that is no short unit name: a verb of hosting or sharing run into it, or a name past this length. */
const NOT_A_LISTED_NAME = /承办|主办|协办|共同|负责/;
const MAX_LISTED_NAME = 16;
/** Words between the units and 负责 that are no part of a name: 按职责分工负责, 分别负责, 要切实负责, 按照职能分工落实. */
const BEFORE_VERB = /(?:要|将|应|须|应当)?(?:切实|具体|统一|共同|各自|分别|主要)?(?:按照?(?:职责|职能)(?:分工)?|分工|分头)?$/;
/** The verbs a clause of units ends with: 负责, or 落实 when the task is divided (按照职能分工落实, 分头落实). */
const VERB = /负责|落实/g;
/**
 * Units that help, in the clause right after: 由市商务局负责，市市场监管局配合。 · 县自然资源和规划局负责,住建局、发改局等其他相关
 * 单位加强配合协调, (威县 2022: the named units help, 等其他相关单位 closes them).
 */
const SUPPORT_AFTER =
  /^，([^，。；：（）]{2,60}?)(?:等(?:其他)?(?:相关|有关)?(?:部门|单位))?(?:积极|共同|做好|加强|密切)?(?:配合|协助|参与|协同)(?:协调)?(?=[。；，]|$)/;
/** Before 由A负责, words that only say the assignment was made (办公厅已明确由市政府督查室负责,…, 宁波 2006): no topic, so the task follows. */
const ASSIGNED = /(?:明确|确定|决定|规定|商定)$/;
/** Running text around a unit that the list reader would keep (各地要对本地区安全生产): verbs and particles name no unit. */
const NOT_A_UNIT_IN_PROSE = /[要对将的在把为是]|工作|任务|经费|资金/;
/**
 * Rule `work-group-names`: a standing group named for its work (彭山 中医药: 彭山区推进中医药强区建设工作领导小组负责统筹上述
 * 重点任务…; 工作专班, 工作领导小组办公室) is a unit: its 工作 names the group, it is no running text.
 */
const WORK_GROUP = /工作(?:领导小组|专班|小组|推进组)(?:办公室)?$/;
const notAUnitInProse = (name: string): boolean => NOT_A_UNIT_IN_PROSE.test(name.replace(WORK_GROUP, ''));
/** The number opening a numbered sentence (3、, （二）, 1.): no part of the units after it. */
const ITEM_NUMBER = /^\s*[（(]?[0-9一二三四五六七八九十]{1,3}[)）.．、]\s*/;
/**
 * Rule `designated-not-named`: a unit the text asks to be designated (定州 2021: 指定专门处室负责政务数据共享工作; 明确专人负责)
 * is no unit named: the clause opens with the verb of designating.
 */
const DESIGNATED = /^(?:指定|明确|确定|设立|设置|成立|配备|安排)/;
/** 负责人, 负责同志: people, not a task. */
const PERSON_AFTER = /^(?:人|同志)/;

/**
 * 市商务局负责具体活动组织实施和效果评估 · 市财政局、市税务局按职责分工负责 · 由各县区政府负责组织实施: a clause of running
 * text opening with its units (or naming them after 由), then 负责. Only where every word there is a unit: "各地要对本
 * 地区安全生产负责" names none and is left alone.
 */
export const responsibleInProse: OwnershipConvention = {
  name: 'responsible-in-prose',
  description:
    'Units opening a clause of running text, then 负责 (or 落实 of a divided task): 市商务局负责具体活动组织实施; A、B按职责分工负责; A、B按照职能分工落实; 由A负责，B配合.',
  yields:
    'Each unit → co-responsible, units that 配合/协助 right after → support; the first of a plain list presumed to lead, none where the text splits the task (分工, 分别, 分头) or states a role.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Anchored on each verb, so the reading only ever runs on the clause just before it.
    VERB.lastIndex = 0;
    for (let found = VERB.exec(text); found; found = VERB.exec(text)) {
      const at = found.index;
      if (PERSON_AFTER.test(text.slice(at + 2, at + 4))) continue;
      const clause = clauseBefore(text, at, SUBJECT_WINDOW) ?? longListBefore(text, at);
      if (clause === null) continue;
      const adverbs = BEFORE_VERB.exec(clause)?.[0] ?? '';
      if (found[0] === '落实' && !/分工|分头/.test(adverbs)) continue;
      // 活动经费由市财政局负责保障: the units follow 由; 3、区城管执法局负责联系…: they follow the item's number.
      const by = Math.max(clause.lastIndexOf('由') + 1, ITEM_NUMBER.exec(clause)?.[0].length ?? 0);
      const list = clause.slice(by, clause.length - adverbs.length);
      if (list.length < 2 || /牵头|配合|参与|协同|会同/.test(list) || DESIGNATED.test(list)) continue;
      const listStart = at - clause.length + by;
      const units = readUnitList(list, listStart);
      if (units.dropped > 0 || units.units.length === 0 || units.units.some((unit) => notAUnitInProse(unit.name))) continue;
      if (clause.length > SUBJECT_WINDOW && units.units.some((unit) => unit.name.length > MAX_LISTED_NAME || NOT_A_LISTED_NAME.test(unit.name))) continue;
      const split = /分工|分别|分头/.test(adverbs) || units.split;
      const helpers = supportAfter(text, at + 2);
      const label = found[0] === '负责' && LEADS_AFTER.test(text.slice(at + 2, at + 4)) ? ('lead' as const) : null;
      const groups = helpers
        ? [
            { label, units: units.units, split },
            { label: 'support' as const, units: helpers.units, split: false },
          ]
        : [{ label, units: units.units, split }];
      const { parties, rolesUnstated } = settleRoles(groups, 'responsible-in-prose');
      // 由A负责, then the task: where nothing before 由 names a topic (…已明确由A负责,在年中和年末…开展全面督查).
      const topicBefore = by !== 0 && !(text[at + 2] === '，' && (by === 1 || ASSIGNED.test(clause.slice(0, by - 1))));
      const topic = clause.slice(0, by - 1);
      const clauseStart = at - clause.length;
      const task = topicBefore
        ? by > 3 && /^[，。；\n]/.test(text[at + 2] ?? '。') && WORK_TOPIC.test(topic) && !ITEM_NUMBER.test(topic)
          ? { start: clauseStart, end: clauseStart + topic.length }
          : undefined
        : helpers
          ? taskAfterSupport(text, listStart, helpers.end)
          : by !== 0
            ? taskAfterSupport(text, listStart, at + 2)
            : ownTask(text, listStart, at + 2);
      clauses.push({
        start: listStart,
        end: helpers?.end ?? at + 2,
        parties,
        convention: 'responsible-in-prose',
        anchor: 'paragraph',
        rolesUnstated,
        ...(task ? { task } : {}),
      });
    }
    return clauses;
  },
};

/** What a unit is made responsible for, right after 负责, up to the end of its clause. */
const OBJECT = /^[^，,。；;：:\n（(]{2,40}(?=[，,。；;：:\n（(]|$)/;
/**
 * Rule `unit-after-part-title`: a part's number and run-in title before the units (彭山 中医药: 三、组织实施全面推进中医药强区建设,
 * 区政府成立…领导小组,…领导小组负责统筹上述重点任务的组织实施和考核工作) open a part, not a step: the units' task is their own.
 */
const PART_TITLE_BEFORE = /^\s*[一二三四五六七八九十]{1,3}、[^，。；]{2,30}，/;
const PART_OPENED = /[）)][一二三四五六七八九十]{1,3}、/g;
/** A sentence opening with an item number (2、由区商贸旅游局牵头…；长延堡街办负责…): a step of the item above. */
const NUMBERED_SENTENCE = /^\s*(?:[（(][0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[.．、])/;

/**
 * The task a clause of units opening a sentence names itself (三门峡 2020: 市政府各有关部门负责本部门职权范围内赋权事项的下放工作,
 * 灵宝市负责下放权限的承接工作; 菏泽 2023: 市发展改革委负责《方案》工作任务的统一督导调度): what follows 负责. None in a
 * numbered step of an item (雁塔: 3、区城管执法局负责联系市城管执法局 is a step of the 展销会 above it), nor where 负责 ends
 * the clause.
 */
function ownTask(text: string, listStart: number, after: number): { start: number; end: number } | undefined {
  const sentenceStart = Math.max(text.lastIndexOf('。', listStart - 1), text.lastIndexOf('\n', listStart - 1), text.lastIndexOf('！', listStart - 1)) + 1;
  let opening = text.slice(sentenceStart, listStart);
  // Items run together on one line: the last part opened in the sentence (…等)三、组织实施…) is where this one starts.
  const parts = opening.includes('、') ? [...opening.matchAll(PART_OPENED)] : [];
  if (parts.length > 0) opening = opening.slice(parts[parts.length - 1].index! + 1);
  if (NUMBERED_SENTENCE.test(opening) && !PART_TITLE_BEFORE.test(opening)) return undefined;
  const object = OBJECT.exec(text.slice(after, after + 41));
  return object && !BARE_DUTY_VERBS.test(object[0]) ? { start: after, end: after + object[0].length } : undefined;
}

/**
 * Rule `bare-duty-verbs`: what follows 负责 is only the kind of part a unit plays, no thing done (内蒙古 2009, closing an item:
 * 市商务部门负责规划、指导、验收,相关旗县(区)负责组织实施): the task is the item's, not 规划、指导、验收.
 */
const BARE_DUTY_VERBS = /^(?:(?:规划|指导|验收|组织|实施|协调|督促|督导|监督|检查|落实|推进|统筹|审核|考核|管理|牵头|抓总|具体)[、和及与]?){1,6}(?:工作)?$/;

/**
 * Rule `responsible-for-leading`: 负责牵头 states the lead as 牵头 does (内蒙古 2026: 自治区发展改革委负责牵头抓总,建立常态化调度
 * 督办机制; 市发改委负责牵头组织实施).
 */
const LEADS_AFTER = /^牵头/;

/**
 * Rule `work-topic-before-by`: the work named before 由 whose units then 负责 it, the clause ending there (贵州 2020:
 * 《贵州省“十四五”文化和旅游发展改革规划》编制工作由贵州省文化和旅游厅负责,…): that work is the task.
 */
const WORK_TOPIC = /(?:工作|任务|事项)$/;

/** The rest of a sentence after its division of work: up to its end, a few clauses at most. */
const REST_OF_SENTENCE = /^，([^。；！\n]{4,80})(?=[。；！\n]|$)/;
/** A longer rest (威县 2022: …加强配合协调,抽调业务骨干,成立工作专班,坚持集中办公,…): its clauses up to the last comma within reach. */
const CLAUSES_OF_LONG_SENTENCE = /^，([^。；！\n]{4,80})，/;

/**
 * The task of a sentence that divides the work before naming it (临颍 2020: 县交通局负责,各乡镇配合,细化任务,建立台账,压实
 * 责任,3月底前高标准完成115公里过村示范路段绿化任务): the rest of the sentence after the units that help. None in a
 * numbered step of an item.
 */
function taskAfterSupport(text: string, listStart: number, after: number): { start: number; end: number } | undefined {
  const sentenceStart = Math.max(text.lastIndexOf('。', listStart - 1), text.lastIndexOf('\n', listStart - 1), text.lastIndexOf('！', listStart - 1)) + 1;
  let opening = text.slice(sentenceStart, listStart);
  // Items run together on one line: the last part opened in the sentence (…等)三、组织实施…) is where this one starts.
  const parts = opening.includes('、') ? [...opening.matchAll(PART_OPENED)] : [];
  if (parts.length > 0) opening = opening.slice(parts[parts.length - 1].index! + 1);
  if (NUMBERED_SENTENCE.test(opening) && !PART_TITLE_BEFORE.test(opening)) return undefined;
  const window = text.slice(after, after + 82);
  const rest = REST_OF_SENTENCE.exec(window) ?? CLAUSES_OF_LONG_SENTENCE.exec(window);
  return rest ? { start: after + 1, end: after + 1 + rest[1].length } : undefined;
}

/** The units of a clause right after `from` that help (，市市场监管局配合), each a unit, or null. */
function supportAfter(text: string, from: number): { units: ReturnType<typeof readUnitList>['units']; end: number } | null {
  const match = SUPPORT_AFTER.exec(text.slice(from, from + 80));
  if (!match) return null;
  const units = readUnitList(match[1], from + 1);
  if (units.dropped > 0 || units.units.length === 0 || units.units.some((unit) => notAUnitInProse(unit.name))) return null;
  return { units: units.units, end: from + match[0].length };
}

/** The clause before `at` beyond the subject window where it is a list of units joined by 、 (rule `long-list-before-verb`). */
function longListBefore(text: string, at: number): string | null {
  if (at <= SUBJECT_WINDOW) return null;
  const clause = clauseBefore(text, at, LONG_LIST_WINDOW);
  return clause !== null && (clause.match(LIST_SEPARATORS)?.length ?? 0) >= 3 ? clause : null;
}
