import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { ROLE_LABEL, settleRoles } from '../party-roles';
import { isBodyName, type ListedUnit, readUnitList, SCOPE_REMARK } from '../unit-list';
import { bracketed } from './bracketed';

/** 牵头 anywhere, or 主办 closing a unit's name (before a separator or the bracket's end): a lead is stated. */
const LEAD_VERB = /牵头|主办(?=[，,；;、]|负责|$)/;

/**
 * （A牵头，B、C配合） · 〔A、B牵头，C配合〕 · （A牵头负责） · （A、B分别牵头） · （A主办，B、C协办）: a lead stated by the verb
 * 牵头 (or 主办, hosts) after its units.
 */
export const leadVerbInBrackets: OwnershipConvention = {
  name: 'lead-verb-in-brackets',
  description:
    'Units followed by 牵头 (or 主办) in brackets (round or tortoise-shell), others by 配合/参与/协办 or 负责: （A牵头，B、C配合）, 〔A、B牵头，C配合〕, （A牵头负责）, （A、B分别牵头）, （A主办，B、C协办）; also on a heading.',
  yields: 'Units before 牵头/主办 → lead; before 配合/参与/参加/协同/协办 → support; the rest (按职责分工负责) → co-responsible.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    for (const span of bracketed(text, 'any')) {
      if (!LEAD_VERB.test(span.body) || /[：:]/.test(span.body)) continue;
      const list = readUnitList(span.body, span.bodyStart);
      if (list.dropped > 0 || !list.units.some((unit) => unit.stated === 'lead')) continue;
      const units = span.cut ? withoutCutRun(list.units) : list.units;
      const { parties, rolesUnstated } = settleRoles([{ label: null, units, split: list.split }], 'lead-verb-in-brackets');
      clauses.push({ start: span.start, end: span.end, parties, convention: 'lead-verb-in-brackets', anchor: 'paragraph', rolesUnstated });
    }
    return clauses;
  },
};

/**
 * Rule `cut-run-unstated`: where the stored opening ends inside a bracket whose roles are stated by verbs after the units
 * (湖南 湘政发〔2019〕1号: (分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省…), the verb of the last run is
 * lost with the cut (配合? 按职责分工负责?): its units are not read, the runs whose verb is written are.
 */
function withoutCutRun(units: readonly ListedUnit[]): readonly ListedUnit[] {
  const last = Math.max(...units.map((unit) => unit.run));
  return units.filter((unit) => unit.run !== last || unit.stated !== null);
}

/**
 * A remark closing a bracket after its list: a document-level rule (列第一位的为牵头部门，下同), or rule `scope-remark`: a
 * scope remark for the measures after it (黑龙江 2023: 〔A、B、C按职责分工负责,各市(地)政府(行署)按属地分别负责。以下均需
 * 各市(地)政府(行署)按属地分别负责,不再列出〕; 吉林市 2021: 以下均需各地政府落实,不再重复列出), no list of its own.
 */
const REMARK_AFTER_LIST = /下同|列第一|排名第一|排在首位|为牵头|以下均需|不再(?:单独|重复|一一)?列出/;

/** A sentence of the bracket that opens with a label (责任单位：…): the label convention's to read. */
const LABEL_SENTENCE = new RegExp(`^\\s*${ROLE_LABEL}[：:]`);

/**
 * （省自然资源厅负责） · （A、B分工负责） · （…、各市人民政府负责）: units and a verb of responsibility, no label. Rule
 * `verb-then-label-sentence`: a bracket of two sentences, units and 负责 then a labelled one (玉林 2024: 〔市生态环境局、发展
 * 改革委…等按职责分工负责。责任单位:各县(市、区)人民政府、各开发园区管委。以下均需…不再列出。〕), gives its first sentence to this
 * rule and leaves the labelled one to the label's.
 */
export const responsibleVerbInBrackets: OwnershipConvention = {
  name: 'responsible-verb-in-brackets',
  description:
    'Units and 负责 in brackets, no label and no 牵头: （省自然资源厅负责）, （A、B分工负责）, （A、B、各市人民政府按职责分工负责）, （A负责，B配合）, （A、B负责。列第一位的为牵头部门，下同）.',
  yields: 'co-responsible for every unit (support where 配合 follows it); the first presumed lead unless the text splits the task (分工/分别负责).',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    for (const span of bracketed(text, 'any')) {
      // A remark after the list (…负责。列第一位的为牵头部门，下同) is read by the document rule, not as the list.
      const sentences = span.body.trim().split('。');
      const labelAfter = sentences.length > 1 && LABEL_SENTENCE.test(sentences[1]) && !/[：:]/.test(sentences[0]);
      const body = sentences.length > 1 && (labelAfter || REMARK_AFTER_LIST.test(sentences.slice(1).join('。'))) ? sentences[0] : span.body.trim();
      // Rule `scope-remark` after a semicolon or comma (吉林 2022: (A、B等部门及各市、县级政府按职责分工负责;以下均需各市、县级政府
      // 负责,不再列出)): the list's verb may be the one before the remark.
      const remark = body.includes('以下') ? SCOPE_REMARK.exec(body) : null;
      if (LEAD_VERB.test(body) || /[：:]/.test(body) || !(endsResponsible(body) || (remark !== null && endsResponsible(body.slice(0, remark.index))))) continue;
      const list = readUnitList(span.body, span.bodyStart);
      if (list.dropped > 0 || list.units.length === 0) continue;
      const { parties, rolesUnstated } = settleRoles([{ label: null, units: list.units, split: list.split }], 'responsible-verb-in-brackets');
      // The labelled sentence after it is a clause of its own: this one ends with its sentence.
      const end = labelAfter ? span.bodyStart + span.body.indexOf('。') : span.end;
      clauses.push({ start: span.start, end, parties, convention: 'responsible-verb-in-brackets', anchor: 'paragraph', rolesUnstated });
    }
    return clauses;
  },
};

/** A list closed by a verb of responsibility: …负责, …落实, …实施, or A负责,B配合. */
function endsResponsible(body: string): boolean {
  return /(负责|落实|实施)$/.test(body) || (/负责/.test(body) && /(配合|参与|参加|协同|协调推动|协调指导|指导推动|督促指导|指导督促|统筹协调)$/.test(body));
}

/**
 * The bracket closes an item right after its last sentence: …。（A、B） then a line end. A bracket alone on its line
 * is something else (a distribution note such as （发至县人民政府））.
 */
function closesParagraph(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : '';
  let after = end;
  if (text[after] === '。' || text[after] === '；') after++;
  return /[。；！]/.test(before) && (after >= text.length || text[after] === '\n' || NEXT_ITEM_RUN_IN.test(text.slice(after, after + 6)));
}

/**
 * The next item run on after the bracket, on the same line (a page that joins a document's items: 嘉兴 2023
 * …长期实施。(市税务局、…)(二)加强产业基金支持): its number opens right after the bracket, as a line end would.
 */
const NEXT_ITEM_RUN_IN = /^(?:（[一二三四五六七八九十]{1,3}）|[0-9]{1,2}[.．、](?![0-9]))/;

/**
 * A remark a list runs into after a comma, before its sentence ends: (A、B、C,列第一位的为牵头单位,下同。以下均需…落实,不再列出)
 * ends its list at the comma before 列第一位…. What follows is the document rule's to read, not a unit. Rule `scope-remark`
 * after a comma or semicolon too (三明 2025: 〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕).
 */
const COMMA_REMARK = /[，,；;](?:(?:列|排)(?:名|在|列)?(?:在)?(?:第一|首)|下同|(?:(?:此项|本项)及)?以下[^，,；;。]{0,12}?均)/;

/** The list part of a bracket's body: its first sentence, without a remark run on after a comma. */
function listBeforeRemark(body: string): string {
  const sentence = body.split('。')[0];
  const remark = COMMA_REMARK.exec(sentence);
  return remark ? sentence.slice(0, remark.index) : sentence;
}

/** （市商务局、市人力资源社会保障局、市妇联） after the last sentence of an item: units only, no label and no verb. */
export const bareListInBrackets: OwnershipConvention = {
  name: 'bare-list-in-brackets',
  description:
    'Units alone in brackets closing an item, after its last sentence (or before the next item run on after it): …。（A、B、C）, …。(A、B,列第一位的为牵头单位,下同。以下均需…落实)(二)…. Every piece of the list must read as a unit.',
  yields: 'co-responsible for every unit, the first presumed lead (or lead under a 列第一位者为牵头部门 rule).',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    for (const span of bracketed(text, 'any')) {
      // Only the list counts: a remark after it (…。列第一位者为牵头部门，下同) is read by the document rule.
      const listPart = listBeforeRemark(span.body);
      if (/牵头|负责|配合|[：:]/.test(listPart) || !closesParagraph(text, span.start, span.end)) continue;
      const list = readUnitList(listPart, span.bodyStart);
      // Places or parks alone in brackets ((昆明市、曲靖市)) are where, not who: a body must be among them.
      if (list.dropped > 0 || !list.units.some((unit) => isBodyName(unit.name))) continue;
      const { parties, rolesUnstated } = settleRoles([{ label: null, units: list.units, split: list.split }], 'bare-list-in-brackets');
      clauses.push({ start: span.start, end: span.end, parties, convention: 'bare-list-in-brackets', anchor: 'paragraph', rolesUnstated });
    }
    return clauses;
  },
};
