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
/**
 * Rule `leading-group-office`: the office of a leading group is a unit the text names (云南 2017: 省旅游产业发展领导小组办公室要
 * 根据各地各部门工作方案,制定…; 市创文工作领导小组办公室), though 领导 and 工作 alone say no unit: read without those words.
 */
const LEADING_GROUP = /(?:工作)?领导小组(?:办公室)?/g;
const withoutLeadingGroup = (words: string): string => (words.includes('领导小组') ? words.replace(LEADING_GROUP, '小组') : words);
const BARE_COLLECTIVE = /各/;
const COLLECTIVE_GOVERNMENT = /^各(?!级).*政府$/;
/**
 * How a unit's name ends (局, 委, 办, 室, 政府, 中心 …; a development zone, 阳城经济技术开发区, whose 管委会 it stands for, as
 * unit lists name it: 嘉鱼经济开发区). A place (肇庆市要实现GDP…), the whole of one (全市政府系统要…, 全省
 * 制造业高质量发展要…) or the text's own 政府 (政府要依法接受…监督) opening a sentence with 要 states a goal or a pledge, not
 * a unit's duty.
 */
const UNIT_END = /(?:厅|局|委|办|部|院|会|中心|政府|公司|室|所|站|处|组|队|行|社|馆|街道|乡镇|单位|部门|分局|支队|大队|开发区|高新区)$/;
const WHOLE_PLACE = /^全/;
/**
 * The number opening a numbered item (五、, 3., （二）) or an ordinal of a run of requirements (四是县政府督查室要加强督查, 信丰
 * 2024): no part of the units after it.
 */
const ITEM_NUMBER = /^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.．、]|[一二三四五六七八九十]是)\s*/;
/** A reporting verb before the units, whose demand the clause states: 要求县规划建设和住房保障局、县国土资源局等相关部门要… (会东). */
const DEMAND = /^(?:要求|责成)/;
/** 等相关部门 closing the named units (A、B等相关部门要…): the named ones are responsible, the unnamed rest no unit. */
const UNNAMED_REST = /等(?:相关|有关)?(?:部门|单位)$/;
/**
 * The last character of a unit's name (UNIT_END's): 要 after any other (主要, 需要, 重要, 只要) opens no unit's duty. A cheap
 * test before any reading, as 要 is frequent.
 */
const NAME_LAST = new Set('厅局委办部院会心府司室所站处组队行社馆道镇乡位门区'.split(''));
/**
 * What opens the duty after the units: 要; 将 (县政府办公室将定期开展工作调度, 高唐 2024; 县政府政务督查室将对…开展专项督查, 嘉鱼
 * 2021); 会 (县农业局会发布…, 凤凰 2024); or a verb of duty written without any modal, which the duty then opens with: 做好,
 * 抓好 (发改委、财政局在业务上做好分类指导, 夏邑 2023). A native search for each of 要 将 会 做好 抓好 finds them, read in the
 * text's order. Not 督促 or other verbs alone:
 * an account of what was done reads the same (高港 2015: 区委宣传部督促相关媒体做好…, the 案例 of a past year).
 */
const CUES = ['要', '将', '会', '做好', '抓好'];

/**
 * A deadline right after the units, in place of a modal (rule `deadline-after-units`): 市机场建管公司12月中旬全面开工新机场航站区…
 * 项目, 经济技术开发区管委会5月底建成投用王府井奥莱小镇 (呼和浩特 2021, a city's division of its work report retold one unit a
 * sentence, the month each is to finish by): the units are to do the work by then. Read as a verb of duty without a modal is,
 * so a government's own deadline (赛罕区政府11月底启动…) is read as a pledge and left alone; an account of work done by then
 * (县住建局5月底已完成…, …完成了…) is no duty.
 */
/** A deadline is 年底(前) or a month's: its number (12, 十二), 月, then 底, 末, 上旬, 中旬 or 下旬 and an optional 前; this is the part
 * after the number, read at each 月 the text is searched for natively (a pattern tried at every character cost more). */
const MONTH_DEADLINE_TAIL = /^月(?:底|末|上旬|中旬|下旬)前?/;
const CHINESE_MONTH_DIGITS = '一二三四五六七八九十';
/** What an account of work done says right after the deadline or in its verb: 已, 了. */
const DONE_ALREADY = /^[^，。；]{0,6}?(?:已|了)/;

/** Where the cues stand in `text`, in order, with the ends of the deadlines among them. */
function cuePositions(text: string): { positions: number[]; deadlineEnds: Map<number, number> } {
  const positions: number[] = [];
  for (const cue of CUES) for (let at = text.indexOf(cue, 1); at >= 0; at = text.indexOf(cue, at + 1)) positions.push(at);
  const deadlineEnds = new Map<number, number>();
  const deadline = (at: number, end: number): void => {
    // Only right after a character a unit's name ends with (a year, 截至, 在 before it say no unit's deadline).
    if (at === 0 || !NAME_LAST.has(text[at - 1])) return;
    positions.push(at);
    deadlineEnds.set(at, end);
  };
  for (let month = text.indexOf('月'); month >= 0; month = text.indexOf('月', month + 1)) {
    const tail = MONTH_DEADLINE_TAIL.exec(text.slice(month, month + 4));
    if (!tail) continue;
    // The number before 月: the longest run of ASCII digits (at most 2) or Chinese numerals (at most 3) ending there.
    const digits = /[0-9]/.test(text[month - 1] ?? '');
    const max = digits ? 2 : 3;
    let start = month;
    while (start > month - max && start > 0 && (digits ? /[0-9]/.test(text[start - 1]) : CHINESE_MONTH_DIGITS.includes(text[start - 1]))) start--;
    if (start < month) deadline(start, month + tail[0].length);
  }
  for (let year = text.indexOf('年底'); year >= 0; year = text.indexOf('年底', year + 1)) deadline(year, year + (text[year + 2] === '前' ? 3 : 2));
  return { positions: positions.sort((a, b) => a - b), deadlineEnds };
}
/** 将 and 会 in words that are no modal: 将来, 将近, 将军; 会同 (convenes-with-prose's), 会议, 会商, 会签, 会上 … */
const NOT_WILL = /^将[来近军]|^会[同议商签审展计员场所上后谈见晤面]/;
/** Before 会, the ends of words 会 belongs to: 委员会, 协会, 社会, 行会. */
const NOT_BEFORE_WILL = new Set('委会社行协'.split(''));
/**
 * Before 将 or 会, a unit of a level of government says so (县政府办公室, 市文广新旅局, 嘉鱼县财政局): 将 is also 把, and what a
 * ministry or a site does (自然资源部将四川确定为…试点, 本网站将尽力…) or a phrase (实现办会兴城) is no unit's duty here.
 */
const LEVEL = /[省市县区州盟旗乡镇]/;
/** A verb of duty done already (做好了), an account rather than a duty. */
const DONE = '了';
/** 在业务上 between the units and a verb of duty: where the units end (at most 8 characters back). */
const ADVERBIAL = /在[^，。；\n]{1,6}上$/;
/** After 要, a verb another convention reads with its own roles: 要会同 (convenes-with-prose), 要负责 (responsible-in-prose). */
const OTHER_VERB = /^(?:会同|负责|牵头|配合)/;
/**
 * A clause after 要 that only says when or by what the duty is done (于…前, 根据…要求, 按照…), or what it is done to (将对未达到
 * 序时进度要求的目标任务,进行重点督查, 寿县 2022): the duty follows it.
 */
const FRAMING = /^(?:于|在|根据|按照|依据|结合|对照|围绕|针对|按|对)/;
/** A clause closed by the requirements it follows (紧扣…《…》要求, 禄劝 2022) frames the duty as well. */
const FRAMING_END = /(?:要求|精神|部署)$/;
/** A 对… clause holding its own verb (对…情况进行专项督办) is the duty itself, not its frame. */
const DOES = /进行|开展|予以|加强|实行|实施|作出|做出|给予/;
/** What the units are to do: after 要, up to the end of the clause (one framing clause and the one after it). */
const CLAUSE = /^[^，。；！\n（）]{2,60}/;

/** The units of the clause that ends at the comma `comma`, when it names units only (kinds-before-comma); null otherwise. */
function unitsBefore(
  text: string,
  comma: number,
  unnamed: (name: string) => boolean,
): { units: ReturnType<typeof readUnitList>['units']; start: number } | null {
  const clause = clauseBefore(text, comma, SUBJECT_WINDOW);
  if (clause === null || clause.length < 2 || UNNAMED.test(clause) || ITEM_NUMBER.test(clause)) return null;
  const start = comma - clause.length;
  // The clause opens a sentence: what is before it ends one.
  if (start > 0 && !/[。；\n：]/.test(text[start - 1])) return null;
  const list = readUnitList(clause, start);
  if (list.dropped > 0 || list.units.length === 0 || list.units.some((unit) => unnamed(unit.name))) return null;
  return { units: list.units, start };
}

/** The task after 要 at `from`: its clause, or a framing clause and the next one; null where none is written. */
function dutyAfter(text: string, from: number): { start: number; end: number } | null {
  const first = CLAUSE.exec(text.slice(from, from + 61));
  if (!first) return null;
  let end = from + first[0].length;
  const frames = FRAMING.test(first[0]) ? !(first[0].startsWith('对') && DOES.test(first[0])) : FRAMING_END.test(first[0]);
  if (frames && text[end] === '，') {
    const next = CLAUSE.exec(text.slice(end + 1, end + 62));
    if (next) end = end + 1 + next[0].length;
  }
  return { start: from, end };
}

/**
 * 县财政局要做好项目投资评审工作 (保康) · 政府督查室、监察局要跟踪问效 (张家川 2016) · 区委区政府督查室要根据各项工作任务完成时限要求,
 * 适时开展督查督办工作 (大洼 2021) · 各乡镇人民政府要严格执行… (姚安 2023): named units opening a clause of running text, then
 * 要 and what they are to do — a duty written without 负责; or 将 or 会 in place of 要 (县政府办公室将定期开展工作调度, 高唐 2024), or no
 * modal before a verb of duty (发改委、财政局在业务上做好分类指导, 夏邑 2023). Each unit is co-responsible (the first of a plain list presumed
 * to lead); a unit named the lead before 要 (作为…牵头单位, …等牵头部门,) leads. Only where every word before 要 is a unit
 * the text names: 各牵头单位要…, 各乡镇、各部门要…, 涉及单位要… assign nothing to anyone and are left alone.
 */
export const dutyInProse: OwnershipConvention = {
  name: DUTY_IN_PROSE,
  description:
    'Named units opening a clause of running text, then 要, 将 or 会 and their duty, or a verb of duty (做好, 抓好) or a deadline without a modal: 县财政局要做好项目投资评审工作; A、B要跟踪问效; 县政府办公室将定期开展工作调度; A、B在业务上做好分类指导; 市机场建管公司12月中旬全面开工….',
  yields: 'Each unit → co-responsible (the first of a plain list presumed to lead); 作为…牵头单位 / …等牵头部门 before 要 → lead.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Anchored on each cue, so the reading only runs on the few characters before it.
    const { positions, deadlineEnds } = cuePositions(text);
    for (const at of positions) {
      const deadlineEnd = deadlineEnds.get(at);
      const deadline = deadlineEnd !== undefined;
      // After a deadline the duty opens at its verb (past a comma: 12月底前，完成…), unless it tells of work done.
      const dutyStart = deadline ? (text[deadlineEnd] === '，' ? deadlineEnd + 1 : deadlineEnd) : -1;
      if (deadline && DONE_ALREADY.test(text.slice(dutyStart, dutyStart + 8))) continue;
      const verb = deadline || (text[at + 1] === '好' && (text[at] === '做' || text[at] === '抓'));
      const modal = verb ? '' : text[at];
      // The cheapest test first: a modal right after no character a unit's name ends with (nor a comma) opens no duty.
      if (!verb && text[at - 1] !== '，' && !NAME_LAST.has(text[at - 1])) continue;
      if (modal === '会' && NOT_BEFORE_WILL.has(text[at - 1])) continue;
      if (verb && !deadline && text[at + 2] === DONE) continue;
      if ((modal === '将' || modal === '会') && NOT_WILL.test(text.slice(at, at + 2))) continue;
      // The units end before the cue, or before an adverbial 在…上 before a verb of duty.
      const adverbial = verb && text[at - 1] === '上' ? ADVERBIAL.exec(text.slice(Math.max(0, at - 8), at)) : null;
      const subjectEnd = adverbial ? at - adverbial[0].length : at;
      const before = text[subjectEnd - 1];
      const afterComma =
        modal === '要' &&
        before === '，' &&
        (text.startsWith('部门', at - 3) || text.startsWith('单位', at - 3) || text.slice(Math.max(0, at - 40), at).includes('作为'));
      if (!afterComma && !NAME_LAST.has(before)) continue;
      if (modal === '会' && NOT_BEFORE_WILL.has(before)) continue;
      if (modal === '要' && NOT_A_DUTY.test(text.slice(at, at + 2))) continue;
      if (modal !== '' && OTHER_VERB.test(text.slice(at + 1, at + 3))) continue;
      let clause = clauseBefore(text, subjectEnd, SUBJECT_WINDOW);
      if (clause === null) continue;
      let clauseEnd = subjectEnd;
      // …等牵头部门,要于…: the units close the clause before the comma that precedes 要; A作为…主阵地、主引擎,要… (阳城
      // 2023): the units open it, before 作为 and what they are said to be.
      if (clause.length === 0 && afterComma) {
        clauseEnd = at - 1;
        clause = clauseBefore(text, clauseEnd, LEAD_LIST_WINDOW);
        if (clause === null) continue;
        if (!LEAD_ROLE.test(clause)) {
          // Only what the units are said to be: a clause with its own 要 (作为创建牵头单位要抓好…,要…) has had its reading.
          const as = clause.indexOf('作为');
          if (as < 2 || clause.includes('要', as)) continue;
          clauseEnd -= clause.length - as;
          clause = clause.slice(0, as);
        }
      }
      const role = LEAD_ROLE.exec(clause);
      let number = ITEM_NUMBER.exec(clause)?.[0].length ?? 0;
      if (DEMAND.test(clause.slice(number))) number += 2;
      const named = role ? clause.slice(0, role.index) : clause;
      const rest = role ? null : UNNAMED_REST.exec(named);
      const list = (rest ? named.slice(0, rest.index) : named).slice(number);
      if (list.length < 2) continue;
      // Cheap tests on the words before reading them as a list: a word no unit holds, a bare 各….
      if (UNNAMED.test(withoutLeadingGroup(list)) || (BARE_COLLECTIVE.test(list) && !list.endsWith('政府'))) continue;
      const listStart = clauseEnd - clause.length + number;
      const units = readUnitList(list, listStart);
      if (units.dropped > 0 || units.units.length === 0) continue;
      const unnamed = (name: string) =>
        UNNAMED.test(withoutLeadingGroup(name)) ||
        (BARE_COLLECTIVE.test(name) && !COLLECTIVE_GOVERNMENT.test(name)) ||
        !UNIT_END.test(name) ||
        WHOLE_PLACE.test(name) ||
        name.length < 3 ||
        // 财政部门将…收回同级财政 (云南 2017): a kind of department at every level, no unit the text names.
        (name.length <= 4 && name.endsWith('部门')) ||
        ((modal === '将' || modal === '会') && !LEVEL.test(name.slice(0, -1))) ||
        // A government's own 将 (省政府将把…纳入…, 北京市政府将…控制在5%以内) is a pledge, as a verb without a modal is.
        (modal !== '要' && name.endsWith('政府') && !COLLECTIVE_GOVERNMENT.test(name));
      if (units.units.some((unit) => unnamed(unit.name))) continue;
      const task = dutyAfter(text, deadline ? dutyStart : verb ? at : at + 1);
      if (task === null) continue;
      // Rule `kinds-before-comma`: the units may be written as kinds of unit apart by a comma (河南 2023: 各省辖市政府,济源示范区、
      // 航空港区管委会要切实扛牢属地责任): a clause before the comma that names units only, no role and no other word, is part of
      // the subject.
      const prior = modal === '要' && !role && number === 0 && text[listStart - 1] === '，' ? unitsBefore(text, listStart - 1, unnamed) : null;
      const all = prior ? { ...units, units: [...prior.units, ...units.units] } : units;
      const { parties, rolesUnstated } = settleRoles([{ label: role ? 'lead' : null, units: all.units, split: all.split }], DUTY_IN_PROSE);
      clauses.push({
        start: prior ? prior.start : listStart,
        end: verb ? at : at + 1,
        parties,
        convention: DUTY_IN_PROSE,
        anchor: 'paragraph',
        rolesUnstated,
        task,
      });
    }
    return clauses;
  },
};
