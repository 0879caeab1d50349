import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles, UnitGroup } from '../party-roles';
import { readUnitList } from '../unit-list';

/** 由A / 由A、B just before the 牵头 the search is anchored on. */
const LED_BY_BEFORE = /由([^由，。；：（）\n]{2,80})$/;
/** …，会同B、C等部门（研究制定…）. */
const WITH =
  /^[，]?(?:会同|联合|协调)([^，。；\n]{2,150}?)(?:等(?:有关|相关)?(?:部门|单位)?)?(?=[，。；\n]|共同|研究|制定|开展|建立|推进|组织|做好|抓好|负责|实施|落实|出台|编制|完善|加强|加快|统筹|做实|督促|指导)/;
/** A person where a unit would be: 县领导, 分管领导, 相关负责同志. */
const PERSON = /(?:领导|同志)$/;
/** …，B、C配合. */
const SUPPORTED_BY = /^[，]([^，。；\n]{2,150}?)(?:等(?:有关|相关)?(?:部门|单位)?)?(?:配合|参与|参加|协同)/;

function clauseAt(text: string, start: number, leadList: string, leadStart: number, afterLead: number): ResponsibilityClause | null {
  const lead = readUnitList(leadList, leadStart);
  // 由相关县领导牵头 (威县 2022): a leader is a person, no unit; the units named after (…负责, …配合) are other conventions' to read.
  if (lead.dropped > 0 || lead.units.length === 0 || lead.units.some((unit) => PERSON.test(unit.name))) return null;
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

/** How a unit's name ends (局, 委, 办, 部, 政府, 中心 …): 达沃斯世界经济论坛牵头的…评选 names no unit of a government. */
const UNIT_END = /(?:厅|局|委|办|部|院|中心|政府|室|所|站|处|组|队|分局|支队|大队)$/;
/** What a unit leads, right after 牵头的, up to the end of its clause: 乡镇公住房. */
const LED_THING = /^[^，。；：\n（）“”]{2,30}(?=[，。；：\n（）]|$)/;

/**
 * 组织部牵头的乡镇公住房 (沅陵 2015): a unit opening a clause, 牵头的, and the thing it leads — the attributive form of A牵头.
 * The units lead it; the thing (up to the clause's end) is the task. Only names of a government's units (局, 委, 办, 部 …).
 */
function ledAttributive(text: string, at: number): ResponsibilityClause | null {
  const before = text.slice(Math.max(0, at - 30), at);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('，'), before.lastIndexOf('\n'), before.lastIndexOf('：'));
  if (cut < 0 && at > 30) return null;
  const list = before.slice(cut + 1).replace(/^由/, '');
  if (list.length < 2 || /[（）“”]/.test(list)) return null;
  const listStart = at - list.length;
  const lead = readUnitList(list, listStart);
  if (lead.dropped > 0 || lead.units.length === 0 || lead.units.some((unit) => !UNIT_END.test(unit.name) || /^各|牵头|责任/.test(unit.name))) return null;
  const thing = LED_THING.exec(text.slice(at + 3, at + 34));
  if (!thing) return null;
  const { parties, rolesUnstated } = settleRoles([{ label: 'lead', units: lead.units, split: false }], 'led-by-prose');
  return {
    start: listStart,
    end: at + 3 + thing[0].length,
    parties,
    convention: 'led-by-prose',
    anchor: 'paragraph',
    rolesUnstated,
    task: { start: at + 3, end: at + 3 + thing[0].length },
  };
}

/**
 * After 牵头, a verb of duty opening what the units lead, up to the clause's end: 牵头开展“十四五”规划纲要编制工作, 牵头组织…,
 * 牵头负责制定…. Not an account of work done (汉阴 2022: 县自然资源局等部门分别牵头制定了《…》).
 */
const DUTY_AFTER_LEAD =
  /^(?:负责)?(?:开展|组织|推进|推动|制定|编制|起草|实施|落实|建立|完成|研究|办理|举办|做好|抓好)(?![了过])[^，。；：\n（）]{2,60}(?=[，。；\n]|$)/;
/** A unit's name opening a sentence, then the rest of its first clause: 县发展改革委 / 组建规划编制专班. */
const OPENING_UNIT = /^([\u4e00-\u9fa5]{1,16}?(?:委员会|发展改革委|发改委|政府办|办公室|局|委|办|厅|中心|政府))(?![员会室])[^，。；：\n（）“”]{2,30}，$/;

/**
 * Rule `lead-then-duty` (休宁 2021 解读: 县发展改革委组建规划编制专班,牵头开展“十四五”规划纲要编制工作): a unit that 牵头 and
 * then a verb of duty leads what follows — the units right before 牵头 in its clause, or the unit opening the sentence whose
 * first clause ends right before it. The task is the words after 牵头.
 */
function leadThenDuty(text: string, at: number, dutyLength: number): ResponsibilityClause | null {
  const before = text.slice(Math.max(0, at - 60), at);
  const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('\n'), before.lastIndexOf('！'));
  if (sentenceStart < 0 && at > 60) return null;
  const sentence = before.slice(sentenceStart + 1);
  const clauseStart = sentence.lastIndexOf('，') + 1;
  const own = sentence.slice(clauseStart);
  const opening = own.length === 0 ? OPENING_UNIT.exec(sentence) : null;
  const list = own.length > 0 ? own : opening?.[1];
  if (!list || list.length < 2 || /[：（）“”]/.test(list)) return null;
  const listStart = at - sentence.length + (own.length > 0 ? clauseStart : 0);
  const lead = readUnitList(list, listStart);
  if (lead.dropped > 0 || lead.units.length === 0 || lead.units.some((unit) => !UNIT_END.test(unit.name) || /^各|牵头|责任/.test(unit.name))) return null;
  const { parties, rolesUnstated } = settleRoles([{ label: 'lead', units: lead.units, split: false }], 'led-by-prose');
  const task = { start: at + 2 + (text.startsWith('负责', at + 2) ? 2 : 0), end: at + 2 + dutyLength };
  return { start: listStart, end: task.end, parties, convention: 'led-by-prose', anchor: 'paragraph', rolesUnstated, task };
}

/** 由市市场监管局牵头，会同市商务局、市公安局… · 由省发展改革委牵头负责 · 省商务厅牵头，会同省财政厅… · 组织部牵头的乡镇公住房. */
export const ledByProse: OwnershipConvention = {
  name: 'led-by-prose',
  description: 'A lead named in running text: 由A牵头，会同B、C…; 由A牵头，B、C配合; A牵头，会同B…; A牵头的X.',
  yields: 'The units before 牵头 → lead; those after 会同/联合 or before 配合/参与 → support.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Anchored on each 牵头 (rare), so the regular expressions only ever run on a short window around it.
    for (let at = text.indexOf('牵头'); at >= 0; at = text.indexOf('牵头', at + 2)) {
      if (clauses.length > 0 && at < clauses[clauses.length - 1].end) continue;
      const attributive = text[at + 2] === '的' ? ledAttributive(text, at) : null;
      if (attributive) {
        clauses.push(attributive);
        continue;
      }
      const after = at + 2 + (/^(负责|抓总)/.test(text.slice(at + 2, at + 4)) ? 2 : 0);
      const from = Math.max(0, at - 81);
      const ledBy = LED_BY_BEFORE.exec(text.slice(from, at));
      const led = ledBy ? clauseAt(text, from + (ledBy.index ?? 0), ledBy[1], from + (ledBy.index ?? 0) + 1, after) : null;
      if (led) {
        clauses.push(led);
        continue;
      }
      if (!/^[，]?(?:会同|联合)/.test(text.slice(at + 2, at + 5))) {
        const duty = DUTY_AFTER_LEAD.exec(text.slice(at + 2, at + 64));
        const leads = duty ? leadThenDuty(text, at, duty[0].length) : null;
        if (leads) clauses.push(leads);
        continue;
      }
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
