import type { ParsedDocument } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { namedUndertakingKind } from '../projects/project-kind';
import { addProject } from '../projects/project-nodes';
import { paragraphIndexAt, TaskItem, taskItemOfParagraph } from '../projects/task-item';
import { addDepartment, DepartmentScope } from './department-nodes';
import { findResponsibilityClauses } from './ownership/ownership-catalogue';
import { UNIT_COLUMN_LINE } from './ownership/conventions/unit-column-line';
import type { ResponsibilityClause } from './ownership/ownership-convention';

/**
 * Every responsibility clause closes a task: the task becomes a Project and each listed unit a Department with a
 * RESPONSIBLE edge {role, basis 'stated', presumedLead, convention}. Returns the number of clauses read.
 */
export function extractResponsibilities(context: ExtractionContext, scope: DepartmentScope): number {
  const { document } = context;
  // A table the reader rebuilt gives its rows' units itself (extractTableTasks): its unit cells are no lines of their own.
  const clauses = findResponsibilityClauses(document.text).filter(
    (clause) => clause.convention !== UNIT_COLUMN_LINE || !document.tables.some((table) => clause.start >= table.start && clause.start < table.end),
  );
  clauses.forEach((clause, index) => {
    const previous = index > 0 ? clauses[index - 1] : null;
    const items =
      clause.anchor === 'section-items'
        ? itemsUnderHeading(document, clause)
        : clause.task
          ? [{ name: document.text.slice(clause.task.start, clause.task.end), start: clause.task.start, end: clause.task.end }]
          : [(previous && itemAfterClause(document, previous, clause)) ?? itemOfSubItemsClosed(document, clause, previous) ?? taskOfClause(document, clause)];
    if (items.length === 0 || items[0] === null) {
      context.graph.addIssue({
        code: 'RESPONSIBILITY_OUTSIDE_PARAGRAPH',
        message: 'A responsibility clause is not inside a body paragraph or heading and follows no task; its task is unknown.',
        evidence: context.evidence(clause.start, clause.end),
      });
      return;
    }
    for (const item of items) if (item) assignTask(context, scope, clause, item);
  });
  return clauses.length;
}

/**
 * Numbered items run on in one paragraph, each closed by its own bracket (黑龙江 2013: （一）地区生产总值增长11%左右。
 * （省发改委负责）（二）公共财政收入增长13%左右。（省财政厅主办，…协办）): a clause after another in the same paragraph,
 * with an item number right after the earlier one, closes the item written between them, named by its lead sentence
 * without its number. Null when the clauses are not so placed.
 */
function itemAfterClause(document: ParsedDocument, previous: ResponsibilityClause, clause: ResponsibilityClause): TaskItem | null {
  if (clause.anchor !== 'paragraph' || previous.end > clause.start) return null;
  const index = paragraphIndexAt(document, clause.start);
  if (index < 0 || paragraphIndexAt(document, previous.start) !== index) return null;
  const between = document.text.slice(previous.end, clause.start);
  // Only a new numbered item right after the earlier clause is a task of its own, or a whole sentence between the two.
  const marker = ITEM_MARKER.exec(between);
  if (!marker) return sentenceBetweenClauses(previous, clause, between);
  const offset = marker[0].length;
  const text = between.slice(offset);
  const sentenceEnd = text.search(/[。！？；]/);
  let name = sentenceEnd >= 0 ? text.slice(0, sentenceEnd) : text;
  if (name.length > 40) {
    const clauseEnd = name.search(/[，：]/);
    name = name.slice(0, clauseEnd > 0 && clauseEnd <= 40 ? clauseEnd : 40);
  }
  if (name.trim().length < 2) return null;
  const start = previous.end + offset;
  return { name, start, end: start + name.length };
}

/** The shortest and longest sentence read as a task of its own between two clauses. */
const MIN_SENTENCE_BETWEEN = 4;
const MAX_SENTENCE_BETWEEN = 60;

/**
 * Rule `sentence-between-brackets`: two works written on one line, each sentence closed by its own bracket (滨州: 城市
 * 基础设施向农村延伸工程。(市发改委、建设局按职责牵头负责)新农村社区建设试点工程、“城中村”改造工程。(市建设局牵头负责)): the
 * whole sentence between the earlier clause and this one is this clause's task. Null unless what lies between is one
 * sentence, closed by 。 right before the clause.
 */
function sentenceBetweenClauses(previous: ResponsibilityClause, clause: ResponsibilityClause, between: string): TaskItem | null {
  const name = between.replace(/^[。；，\s]+/, '').replace(/[。；\s]+$/, '');
  const lead = between.length - between.replace(/^[。；，\s]+/, '').length;
  if (name.length < MIN_SENTENCE_BETWEEN || name.length > MAX_SENTENCE_BETWEEN || !/。\s*$/.test(between) || /[。！？；\n（）()]/.test(name)) return null;
  const start = previous.end + lead;
  return { name, start, end: start + name.length };
}

/**
 * A clause on a line of its own after the last of several sub-items that have none (运城 2017: 1.完善应急预案体系 /
 * （1）加强应急预案管理… / … / （4）加强应急预案的培训宣传… / （责任单位：市直各有关单位、…）) closes the item they divide:
 * its task is that item, not the last sub-item. Where an earlier sub-item has a clause of its own, or a later one follows,
 * the clause is the last sub-item's. Null when the clause is not so placed.
 */
function itemOfSubItemsClosed(document: ParsedDocument, clause: ResponsibilityClause, previous: ResponsibilityClause | null): TaskItem | null {
  if (clause.anchor !== 'paragraph' || clause.task) return null;
  const index = paragraphIndexAt(document, clause.start);
  const paragraph = index >= 0 ? document.paragraphs[index] : null;
  if (!paragraph || clause.start - paragraph.start >= 2) return null;
  const own = document.sections[paragraph.section];
  const parent = own && own.index > 0 && own.parent !== null && own.parent > 0 ? document.sections[own.parent] : null;
  if (!parent || parent.title.length === 0) return null;
  const siblings = document.sections.filter((section) => section.parent === parent.index);
  if (siblings.length < 2 || siblings[siblings.length - 1].index !== own.index) return null;
  if (previous && previous.end > parent.headingSpan.start) return null;
  return sectionTitleTask(document, parent.headingSpan.start, parent.title);
}

/** The task becomes a Project pursued by its section's goal, with a RESPONSIBLE edge to each party of the clause. */
function assignTask(context: ExtractionContext, scope: DepartmentScope, clause: ResponsibilityClause, item: TaskItem): void {
  const kind = item.named ? namedUndertakingKind(item.name) : undefined;
  const projectId = addProject(context, item, kind, clause.anchor === 'section-items' ? item.end : Math.max(clause.end, item.end));
  const goalId = context.goalFor(item.start);
  if (goalId) context.graph.addRelationship('PURSUED_BY', goalId, projectId, {}, [context.evidence(item.start, item.end)]);
  const clauseEvidence = [context.evidence(clause.start, clause.end)];
  for (const party of clause.parties) {
    const departmentNode = addDepartment(context, scope, party.name, party.start, party.end);
    const properties = { role: party.role, basis: 'stated', convention: party.convention, ...(party.presumedLead ? { presumedLead: true } : {}) };
    context.graph.addRelationship('RESPONSIBLE', projectId, departmentNode, properties, clauseEvidence);
  }
}

/**
 * The items under the heading a clause is written on (一、县示范区管委会牵头工作): each sub-heading (1.…, （1）…) with the
 * paragraphs under it is one task, named as taskItemOfParagraph names it; a paragraph right under the heading is one.
 */
function itemsUnderHeading(document: ParsedDocument, clause: ResponsibilityClause): TaskItem[] {
  const heading = document.sections.find((section) => section.index > 0 && clause.start >= section.headingSpan.start && clause.start < section.headingSpan.end);
  if (!heading) return [];
  const items: TaskItem[] = [];
  const taken = new Set<number>();
  document.paragraphs.forEach((paragraph, index) => {
    if (paragraph.start < heading.headingSpan.end || paragraph.start >= heading.span.end) return;
    const section = document.sections[paragraph.section];
    // One task per sub-heading: the first paragraph under it names it (its title), the rest carry it on.
    const key = section.index === heading.index ? -1 - index : section.index;
    if (taken.has(key)) return;
    taken.add(key);
    items.push(taskItemOfParagraph(document, paragraph, index));
  });
  for (const section of document.sections) {
    const inside = section.parent === heading.index && !taken.has(section.index) && section.title.length > 0;
    if (!inside) continue;
    const titleStart = document.text.indexOf(section.title, section.headingSpan.start);
    const start = titleStart >= 0 && titleStart < section.headingSpan.end ? titleStart : section.headingSpan.start;
    items.push({ name: section.title, start, end: start + section.title.length });
  }
  return items.sort((a, b) => a.start - b.start);
}

/**
 * An event's or a project's plan names what its 主办/承办/协办 units run in a name field above their label lines
 * (活动名称：肃南县2022年“乐游肃南·助商惠民”促消费专项活动 / 活动时间：… / 主办单位：…: 肃南 2022): that is their task.
 */
const NAME_FIELD = /^(?:活动|项目|工程|赛事|会议|展会)名称[：:]\s*([^\n：]{2,60}?)[。；\s]*$/;

/** Is a heading written between two offsets (the name field must belong to the label lines after it)? */
function headingBetween(document: ParsedDocument, from: number, to: number): boolean {
  return document.sections.some((section) => section.index > 0 && section.headingSpan.start >= from && section.headingSpan.start < to);
}

/** A line such as 牵头负责领导：刘惠。 or another label line: not a task. */
const LABEL_LIKE = /^[^：\n。，]{2,12}：/;

/**
 * The task a clause assigns: the heading it is written on (一、强化科技创新（区科技局牵头）), the paragraph it closes,
 * or, for a clause on its own line, the nearest item before it that is not itself a label line.
 */
function taskOfClause(document: ParsedDocument, clause: ResponsibilityClause): TaskItem | null {
  const heading = document.sections.find((section) => section.index > 0 && clause.start >= section.headingSpan.start && clause.start < section.headingSpan.end);
  if (heading) {
    // A numbered heading that opens with its assignment (2、由区商贸旅游局牵头，全面负责…) names no task of its own: it
    // divides up the item above it (（一）举办“穿靓幸福南城服装展销会”).
    const titleAt = heading.title.length > 0 ? document.text.indexOf(heading.title, heading.headingSpan.start) : -1;
    const parent = heading.parent !== null && heading.parent > 0 ? document.sections[heading.parent] : null;
    if (parent && parent.title.length > 0 && titleAt >= 0 && document.text.slice(titleAt, clause.start).trim() === '')
      return sectionTitleTask(document, parent.headingSpan.start, parent.title);
    return headingTask(document, heading.headingSpan.start, heading.headingSpan.end, clause);
  }
  if (clause.anchor === 'paragraph') {
    const index = paragraphIndexAt(document, clause.start);
    const paragraph = index >= 0 ? document.paragraphs[index] : null;
    // A numbered sentence that opens with its assignment (2、由区商贸旅游局牵头，全面负责活动的组织实施) names no task
    // of its own: it divides up the item it is written under (（一）举办“穿靓幸福南城服装展销会”).
    const opening = paragraph ? document.text.slice(paragraph.start, clause.start) : '';
    const section = paragraph && ITEM_MARKER.test(opening) && opening.replace(ITEM_MARKER, '').trim() === '' ? document.sections[paragraph.section] : null;
    if (section && section.index > 0 && section.title.length > 0) return sectionTitleTask(document, section.headingSpan.start, section.title);
    // A paragraph under such a heading (2、由A牵头 / ，全面负责…；B负责协调…) carries on the item above it too.
    const own = paragraph ? document.sections[paragraph.section] : null;
    const parent = own && own.parent !== null && own.parent > 0 ? document.sections[own.parent] : null;
    if (own && parent && parent.title.length > 0 && opensWithAssignment(own.title)) return sectionTitleTask(document, parent.headingSpan.start, parent.title);
    // Items run on in one paragraph (a copy that lost its line breaks: …。（一）举办“…展销会”从5月中旬开始…由区商贸旅游局
    // 牵头…): the last item opened before the clause is its task.
    // Rule `heading-run-on`: a heading whose line runs on into the items (彭山 中医药: 二、重点任务(一)建立健全中医药服务体系
    // 行动1.中医医院高质量发展,主动参与…,(责任单位:…)2.…, the heading's title cut at the first comma) is searched with them.
    const heading = own && own.index > 0 && !document.text.slice(own.headingSpan.start, paragraph?.start ?? 0).includes('\n') ? own.headingSpan.start : -1;
    const inline = paragraph ? inlineItemBefore(document, heading >= 0 ? heading : paragraph.start, clause.start) : null;
    if (inline) return inline;
    const closing = paragraph ? itemClosedByLastParagraph(document, clause, index) : null;
    if (closing) return closing;
    const continued = paragraph ? brokenParagraphStart(document, index) : -1;
    if (continued >= 0) return taskItemOfParagraph(document, document.paragraphs[continued], continued);
    if (paragraph && clause.start - paragraph.start >= 2)
      return (
        ownSentenceUnderGroup(document, clause, index) ?? sentenceClosedMidItem(document, clause, index) ?? taskItemOfParagraph(document, paragraph, index)
      );
  }
  return precedingItem(document, clause.start);
}

/** Words that go on with a sentence begun before them (和, 及, 并…; not 与, which opens a clause: 与黄骅大港对接): no paragraph opens with them. */
const CONTINUATION_START = /^\s*(?:和|及|以及|并|或|[，、])/;
/** A sentence broken by a page is long: a short line without its full stop is a title or a list's line (滨州港建设工程). */
const MIN_BROKEN_SENTENCE = 30;

/**
 * Rule `line-broken-mid-word`: a copy that broke its lines at a width (云南 全域旅游: …围绕全省32条精品自驾旅游线路 / 规划布局,改善
 * 道路通达条件,…(各州、市人民政府负责;…)) leaves a line ending on a character inside a sentence, no punctuation after it,
 * the next line no item of its own. Only a sentence's line (a comma in it): a title line is no part of the next. A short
 * one too (嵊州 2022: (二)加快推進數字產業化。做強做大數字核心企業,當年 / 首次列入…, the title run in before it).
 */
function brokenMidWord(previous: string, next: string): boolean {
  const last = previous.trimEnd();
  return /[\u4e00-\u9fa5A-Za-z0-9]$/.test(last) && last.includes('，') && !ITEM_MARKER.test(next);
}

/**
 * Rule `paragraph-broken-by-page`: a copy that broke a sentence over a page (山东 2020, a PDF: …授信到期还款确有困难的中小微
 * 企业,银行机构 / (blank lines) / 和地方金融组织要通过适当降低利率…(山东银保监局、…分工负责)) leaves its second half as a
 * paragraph of its own; the item it belongs to is the one the first half is in. The index of the paragraph the sentence
 * began in (the first that does not continue another), or -1 where this paragraph opens its own.
 */
function brokenParagraphStart(document: ParsedDocument, index: number): number {
  let at = index;
  while (at > 0) {
    const paragraph = document.paragraphs[at];
    const previous = document.paragraphs[at - 1];
    if (
      !((CONTINUATION_START.test(paragraph.text) && previous.text.trim().length >= MIN_BROKEN_SENTENCE) || brokenMidWord(previous.text, paragraph.text)) ||
      /[。！？；：]\s*$/.test(previous.text) ||
      previous.section !== paragraph.section
    )
      break;
    at--;
  }
  return at === index ? -1 : at;
}

/**
 * Rule `bracket-mid-item`: a bracket closing one sentence of an item whose text goes on after it (江门: 5.行政服务一体化。
 * 制定江门市园区(基地)投资项目行政审批和政府服务“零收费”实施细则(市行政服务中心牵头,…配合)。继续清理和调整行…) assigns that
 * sentence, not the item's heading: the item's later measures are not its units'. Null unless the paragraph opens the
 * titled section, the clause closes its first sentence, and another sentence follows it in the paragraph.
 */
function sentenceClosedMidItem(document: ParsedDocument, clause: ResponsibilityClause, index: number): TaskItem | null {
  const paragraph = document.paragraphs[index];
  const section = document.sections[paragraph.section];
  const previous = index > 0 ? document.paragraphs[index - 1] : null;
  if (!section || section.index === 0 || section.title.length === 0 || (previous !== null && previous.start >= section.span.start)) return null;
  const after = document.text.slice(clause.end, paragraph.end).replace(/^[。；\s]+/, '');
  if (after.length < MIN_SENTENCE_BETWEEN) return null;
  const before = document.text.slice(paragraph.start, clause.start);
  const name = before.trim();
  if (name.length < MIN_SENTENCE_BETWEEN || /[。！？；]/.test(name)) return null;
  return itemBefore(paragraph.start, before, name);
}

/**
 * Rule `works-under-group-heading`: a heading that groups works (滨州: (一)新农村建设重点工程。) over paragraphs that are
 * each one work closed by its own bracket (农业综合开发、…优质粮食产业示范工程。(市农业局、发改委、财政局按职责牵头负责) /
 * 建立农产品质量安全体系…。(市农业局、畜牧局、质监局按职责牵头负责) / …): the first paragraph's bracket assigns its own
 * sentence, as the later ones do, not the heading. Null unless the heading stands on its own line, the paragraph is one
 * sentence closed by the clause and the next paragraph of the section holds a clause of its own.
 */
function ownSentenceUnderGroup(document: ParsedDocument, clause: ResponsibilityClause, index: number): TaskItem | null {
  const paragraph = document.paragraphs[index];
  const section = document.sections[paragraph.section];
  const previous = index > 0 ? document.paragraphs[index - 1] : null;
  if (!section || section.index === 0 || section.title.length === 0 || (previous !== null && previous.start >= section.span.start)) return null;
  // The heading stands on a line of its own (an item whose heading runs on into its paragraph, 1.延续…政策,2022年…, is one item).
  if (!document.text.slice(section.headingSpan.start, paragraph.start).includes('\n')) return null;
  const next = index + 1 < document.paragraphs.length ? document.paragraphs[index + 1] : null;
  if (!next || next.section !== section.index) return null;
  const before = document.text.slice(paragraph.start, clause.start);
  const name = before.trim().replace(/。$/, '');
  if (!before.trimEnd().endsWith('。') || name.length < MIN_SENTENCE_BETWEEN || /[。！？；]/.test(name)) return null;
  if (findResponsibilityClauses(next.text).length === 0) return null;
  return itemBefore(paragraph.start, before, name);
}

/**
 * Rule `bracket-closes-item`: a clause ending the last paragraph of a titled item whose other paragraphs (a lead
 * sentence, project lines) carry no clause assigns the whole item (银川 2019: （一）道路畅通工程。加快建设… / ?2019年建成… /
 * … / 进一步规范道路限高…。（自治区交通运输厅牵头，…配合）), as a label line closing several paragraphs does (汉阴 2022).
 */
function itemClosedByLastParagraph(document: ParsedDocument, clause: ResponsibilityClause, index: number): TaskItem | null {
  const paragraph = document.paragraphs[index];
  const section = document.sections[paragraph.section];
  if (!section || section.index === 0 || section.title.length === 0) return null;
  const inSection = document.paragraphs.filter((p) => p.section === section.index);
  if (inSection.length < 3 || inSection[inSection.length - 1] !== paragraph) return null;
  if (document.text.slice(clause.end, paragraph.end).trim() !== '') return null;
  if (document.sections.some((other) => other.parent === section.index)) return null;
  const before = document.text.slice(section.headingSpan.start, paragraph.start);
  if (findResponsibilityClauses(before).length > 0) return null;
  return sectionTitleTask(document, section.headingSpan.start, section.title);
}

function headingTask(document: ParsedDocument, start: number, end: number, clause: ResponsibilityClause): TaskItem {
  const section = document.sectionAt(start);
  const titleStart = section.title.length > 0 ? document.text.indexOf(section.title, start) : -1;
  const from = titleStart >= start && titleStart < end ? titleStart : start;
  const to = clause.start > from ? clause.start : end;
  const name = document.text.slice(from, to).replace(/[。；，\s]+$/, '');
  return { name, start: from, end: from + name.length };
}

/** A heading that is itself an assignment (由区商贸旅游局牵头, 区城管执法局负责联系…): a clause starts where it does. */
function opensWithAssignment(title: string): boolean {
  return title.length > 0 && findResponsibilityClauses(title).some((clause) => clause.start === 0);
}

/**
 * An item opened inside a paragraph before `offset`: its lead words, up to a clause end. (一) after a sentence end or
 * right after a run-in heading (嘉兴 2023: …制定本实施方案。一、加强民营经济资源要素支持（一）强化财税政策保障。…);
 * or a numbered item (1. 1、) right after a run-in heading or the opening's colon, where a copy lost its line breaks
 * (济宁 2015: …现提出以下意见:一、深入实施就业优先战略1.坚持就业优先发展战略。…(A、B牵头,C…参加)2.发挥…). A number
 * after a sentence end (…组织展销活动。1、此项活动…) is a step of the item above, not an item of its own.
 */
const INLINE_ITEM =
  /(?:(?<=(?:[。；]|[一二三四五六七八九十]{1,3}、[^。；，：、\d\n（(]{2,30}|(?:^|[。；])[一二三四五六七八九十]{1,3}、[^。；：、\d\n（(]{2,30}))\s*[（(][一二三四五六七八九十]{1,3}[)）]|(?<=(?:[一二三四五六七八九十]{1,3}、[^。；，：、\d\n（(]{2,30}|[：:]|[（(][一二三四五六七八九十]{1,3}[)）][^。；，：、\d\n（(]{2,30}(?:。\s*)?))\d{1,2}[.．、](?!\d))((?:(?!\d{1,2}[.．、](?!\d))[^。；，：（(]){2,40})/g;
// Rule `run-in-heading-with-comma`: a copy that ran a document's lines together (内蒙古 2009: …快速发展。 二、进一步健全农村流通
// 网络,拉动农村消费 (二)深入推进“万村千乡”市场工程。…, the spaces gone after normalization) leaves a heading with a comma
// in it before the first item: opened right after a sentence end, it is a run-in heading too.
// Rule `item-after-run-in-title`: a number right after a run-in (一) title closed by 。 opens an item of its own (河南 2023:
// …(一)全面促进消费增长。 1.把恢复和扩大消费摆在优先位置,…。(省商务厅、…按职责分工负责) 2.…): the title's sentence is
// the group's name, not a step before it; so does one right after a (一) title with no 。, as after 一、 (彭山 中医药: (一)建立
// 健全中医药服务体系行动1.中医医院高质量发展,…,(责任单位:…)2.…); the (一) title's words stop before that number.
/** Every inline item has a bracket or a digit before it: most paragraphs need no search. */
const MAY_HOLD_INLINE_ITEM = /[（(]|\d[.．、]/;

function inlineItemBefore(document: ParsedDocument, from: number, offset: number): TaskItem | null {
  const before = document.text.slice(from, offset);
  if (!MAY_HOLD_INLINE_ITEM.test(before)) return null;
  let last: RegExpExecArray | null = null;
  INLINE_ITEM.lastIndex = 0;
  for (let match = INLINE_ITEM.exec(before); match; match = INLINE_ITEM.exec(before)) last = match;
  if (!last) return null;
  const start = from + last.index + last[0].length - last[1].length;
  return { name: last[1], start, end: start + last[1].length };
}

/** A section's title as a task, where its heading writes it. */
function sectionTitleTask(document: ParsedDocument, headingStart: number, title: string): TaskItem {
  const at = document.text.indexOf(title, headingStart);
  const start = at >= 0 ? at : headingStart;
  const name = title.replace(/[。；，\s]+$/, '');
  return { name, start, end: start + name.length };
}

function precedingItem(document: ParsedDocument, offset: number): TaskItem | null {
  let paragraphIndex = -1;
  for (let i = document.paragraphs.length - 1; i >= 0; i--) {
    const paragraph = document.paragraphs[i];
    if (paragraph.end > offset) continue;
    const named = NAME_FIELD.exec(paragraph.text);
    if (named && !headingBetween(document, paragraph.end, offset)) {
      const start = paragraph.start + named.index + named[0].length - named[1].length;
      return { name: named[1], start, end: start + named[1].length, named: true };
    }
    if (LABEL_LIKE.test(paragraph.text)) continue;
    paragraphIndex = i;
    break;
  }
  let headingEnd = -1;
  let headingStart = -1;
  for (const section of document.sections) {
    if (section.index > 0 && section.headingSpan.end <= offset && section.headingSpan.end > headingEnd) {
      headingEnd = section.headingSpan.end;
      headingStart = section.headingSpan.start;
    }
  }
  const paragraph = paragraphIndex >= 0 ? document.paragraphs[paragraphIndex] : null;
  if (headingEnd > (paragraph?.end ?? -1)) {
    const section = document.sectionAt(headingStart);
    const titleStart = section.title.length > 0 ? document.text.indexOf(section.title, headingStart) : headingStart;
    const name = section.title.replace(/[。；，\s]+$/, '');
    return { name, start: titleStart, end: titleStart + name.length };
  }
  return paragraph ? (sectionClosedByLabel(document, paragraph, offset) ?? ownTaskItem(document, paragraph, paragraphIndex)) : null;
}

const ITEM_MARKER = /^[（(]?[0-9一二三四五六七八九十]{1,3}[)）.．﹒、]\s*/;

/**
 * A label line closing several plain paragraphs under one heading, with no label line before it in the section,
 * assigns the heading's item, not its last sentence (河南 2023 爱国卫生季: (1)集中攻坚“两下〞。 / 全面整治“广告下墙〞…5月底完成。
 * / 加快完成“立面规整〞…6月底完成。 / 责任单位:城乡建设管理综合行政执法队、城建股). One paragraph under the heading stays
 * the task itself; a label between the paragraphs gives each its own.
 */
function sectionClosedByLabel(document: ParsedDocument, paragraph: ParsedDocument['paragraphs'][number], offset: number): TaskItem | null {
  if (ITEM_MARKER.test(paragraph.text)) return null;
  const section = document.sections[paragraph.section];
  if (!section || section.index === 0 || section.title.length === 0 || section.headingSpan.end > paragraph.start) return null;
  // The label itself is in that section: no other heading opens between.
  if (document.sectionAt(offset).index !== section.index) return null;
  const inSection = document.paragraphs.filter(
    (candidate) => candidate.section === paragraph.section && candidate.start >= section.headingSpan.end && candidate.end <= offset,
  );
  if (inSection.length < 2 || inSection.some((candidate) => LABEL_LIKE.test(candidate.text) || ITEM_MARKER.test(candidate.text))) return null;
  return sectionTitleTask(document, section.headingSpan.start, section.title);
}

/** An item a label line follows names its own task (1.生产总值增长6%以上。), even when it is the first under a heading. */
function ownTaskItem(document: ParsedDocument, paragraph: ParsedDocument['paragraphs'][number], index: number): TaskItem {
  const marker = ITEM_MARKER.exec(paragraph.text);
  if (!marker) return taskItemOfParagraph(document, paragraph, index);
  const text = paragraph.text.slice(marker[0].length);
  const sentenceEnd = text.search(/[。！？；]/);
  let name = sentenceEnd >= 0 ? text.slice(0, sentenceEnd) : text;
  if (name.length > 40) {
    const clauseEnd = name.search(/[，：]/);
    name = name.slice(0, clauseEnd > 0 && clauseEnd <= 40 ? clauseEnd : 40);
  }
  const start = paragraph.start + marker[0].length;
  return { name, start, end: start + name.length };
}

/** The item named by the words before a clause in its paragraph (`before`, trimmed to `name`): at most 40 characters. */
function itemBefore(paragraphStart: number, before: string, name: string): TaskItem {
  const start = paragraphStart + (before.length - before.trimStart().length);
  const cut = name.length > 40 ? name.slice(0, 40) : name;
  return { name: cut, start, end: start + cut.length };
}
