import { sectionHasRole, type Paragraph, type Section, type SectionRole } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { addSector } from './sector-nodes';
import { sectorNames, SectorType } from './sector-taxonomy';

/** Aggregates the whole plan is about are the document's sector, not a section's. */
const DOCUMENT_LEVEL: ReadonlySet<string> = new Set(['services', 'economy']);
/**
 * A text whose title names no sector (a work report, a 实施方案 of several fields) has 服务业 as one sector among others
 * (促进服务业优质高效发展。…: 山西 2026); only the whole economy stays the document's.
 */
const WHOLE_ECONOMY: ReadonlySet<string> = new Set(['economy']);
/** Reviews, principles and safeguards mention sectors without making them the subject of a section. */
const NOT_SECTOR_ROLES: readonly SectionRole[] = ['review', 'principles', 'safeguards'];
const GOAL_SENTENCE = /(到(?:19|20)\d{2}年|力争|目标|建成|建设成为|打造成为|成为)/;
const MAX_LEAD_SECTOR = 14;
/** A sector's goal is stated in its first paragraphs. */
const GOAL_PARAGRAPHS = 3;
/** Boxes (专栏) and headings about undertakings list projects, not sectors: 专栏4门户枢纽建设工程, （二）…中心建设行动. */
const UNDERTAKING = /(工程|行动|项目|计划|专项|建设|集聚区|目标|指标)$/;
const UNDERTAKING_BOX = /^专栏.*(工程|行动|项目|计划|专项|建设)/;
/**
 * What may follow the sector name at the end of a heading or a lead sentence: 推动传统物流向现代供应链转型升级, 加快发展科技服务业,
 * 促进服务业优质高效发展, 加快农业农村现代化 (the words of how a sector should grow, not a further subject).
 */
const GENERIC_PREDICATE =
  /((?:[\u4e00-\u9fa5]{2}化)+发展|(?:优质高效|繁荣|健康|持续|稳步|特色|绿色)发展|转型升级|提质升级|提档升级|扩容升级|优化升级|提质增效|提质扩容|创新突破|发展壮大|做大做强|做优做强|做强做优|高质量发展|创新发展|融合发展|加快发展|现代化|发展|产业|行业)$/;
/** A run-in lead sentence (“提速发展数字经济。…”, “科技服务业：…”): a paragraph's first words, closed by 。 or ：. */
const LEAD_SENTENCE = /^([^。：:，；]{2,20})[。：:]/;
/** The longest task run into a paragraph (a sentence or a sentence's first clause) read as a lead; it ends with a field's word. */
const MAX_RUN_IN = 12;
/** An ordinal opening a sentence of a list run into a paragraph: 第一，…; 首先，…; 二是… */
const ORDINAL = /^(?:第[一二三四五六七八九十]+|首先|其次|再次|最后)，|^要(?=[\u4e00-\u9fa5])/;
const FIELD_WORD_END = /(?:产业|事业|业|经济)$/;
const SERVICES_WORDS: ReadonlySet<string> = new Set(['服务业', '服务产业', '第三产业']);
/** A lead of two short clauses (a frame, then a task): 围绕农业稳县，加快发展现代农业。 */
const TWO_CLAUSE_LEAD = /^([^。：:，；]{2,16})，([^。：:，；]{2,20})[。：:]/;
/** A sentence framed on a topic: 在农业发展上，…; 在力推文旅产业融合发展方面，… */
const TOPIC_FRAME = /^在([^，。；：]{2,14}?)(?:上|方面)，/;
const FRAME_START = '在'.charCodeAt(0);
/**
 * A lead that sets a task (a verb of growing or building first: 加快发展软件产业, 办好人民满意的教育): its head noun is the
 * sector the paragraph is about. A lead that is a noun phrase (普惠金融。, 绿色金融。) names a kind within a sector and
 * counts only when it is a sector's name itself.
 */
const TASK_LEAD =
  /^(?:[一二三四五六七八九十]是|[一二三四五六七八九十]要)?(?:大力|积极|加快|加力|着力|全力|持续|深入|全面|稳步|优先|聚力|提速|奋力|扎实|更好|前瞻|超前)?(?:发展|扩大|增加|推动|推进|促进|提升|做强|做优|做大|壮大|培育|办好|繁荣|优化|构建|建设|完善|健全|打造|振兴|扶持|支持|巩固|强化|丰富|提高|激活|加快|提速|建强|重塑|关爱|做好|加强|稳定|探索|布局|主攻)/;
/**
 * Rule `sector-complement`: words after the sector that name a part or a state of it, not another subject — its system
 * (建强先进制造业体系, 重塑物流体系: 河南, 湖北 2026), its level (提升现代农业能级), its market (稳定房地产市场), its
 * integration (提速文旅产业融合), its work (做好“三农”工作), its building or a province strong in it (加强文化建设,
 * 加快能源强省建设: 浙江, 甘肃 2026), a new model of it (构建房地产发展新模式), its resources and their supply (扩大优质
 * 教育资源供给: 四川 2026), its capacity (加强医疗卫生服务能力建设: 安徽 2026), its 事业 (大力发展医疗健康事业: 湖南 2026),
 * its fairness and quality (促进教育公平与质量提升: 安徽, 江苏 2026), its quality (提升生活性服务业发展质量: 伊吾 2021), and a
 * closing quote (关爱“一老一小”).
 * Stripped one after another (at most MAX_STRIPS times) where the heading or lead does not end with a sector.
 */
const SECTOR_COMPLEMENT = /(?:体系|能级|能力|市场|融合|工作|建设|新模式|资源|供给|事业|质量提升|(?:发展)?质量(?:效益)?|公平与?|强[省市州县区]|[”"’])$/;
const MAX_STRIPS = 3;

export interface SectorSection {
  readonly sectorId: string;
  readonly goalId: string | null;
  /** Normalized span the sector's content covers. */
  readonly start: number;
  readonly end: number;
}

/**
 * Sectors named by section headings ("1.旅游文化", "（二）推动传统物流向现代供应链转型升级") and by lead sentences of
 * list paragraphs ("科技服务业。…", "健康旅游：…"). Each keeps the document's own name, is an instance of a shared
 * SectorType, and gets a Goal from its first aim sentence.
 */
export function extractSectors(context: ExtractionContext): SectorSection[] {
  const { document } = context;
  const found: SectorSection[] = [];
  /** Sectors found by their heading: the span they cover, their type and name as written. */
  const headed: HeadedSector[] = [];
  const aggregates = context.documentSectorId === null ? WHOLE_ECONOMY : DOCUMENT_LEVEL;
  // A plan on one sector (its title names it) sets out the sectors within by headings; its task leads are that sector's
  // tasks (推动先进制造业和现代服务业融合发展。…). A text on many fields (a work report) sets them out by leads.
  const byLeads = context.documentSectorId === null;
  // Whether a section can hold sectors depends on the section alone: decided once per section, not per paragraph.
  const excluded = document.sections.map((section) => sectionHasRole(section, NOT_SECTOR_ROLES) || insideUndertaking(document.sections, section.index));
  const titled = document.sections.map((section) => (section.index === 0 || excluded[section.index] ? null : headingSector(section.title, aggregates)));
  // Rule `sector-once-among-siblings`: chapters of one part naming the same field as written (第二章 提高农业质量效益,
  // 第四章 推进农业产业化发展: 伊吾 2021) set out one sector, read at the first.
  const siblingFields = new Set<string>();
  for (const section of document.sections) {
    const match = titled[section.index];
    if (!match || (match.complemented && sameTypeBelow(document.sections, titled, section, match.type.key))) continue;
    const field = `${section.parent}:${match.term}:${match.type.key}`;
    if (siblingFields.has(field)) continue;
    siblingFields.add(field);
    const start = section.headingSpan.start + section.heading.indexOf(section.title) + match.start;
    const sectorId = addSector(context, context.regionNodeId, match.term, match.type, start, start + match.term.length);
    const goalId = sectorGoal(context, sectorId, bodyParagraphs(document.paragraphs, section, GOAL_PARAGRAPHS));
    if (goalId) context.goalsBySection.set(section.index, goalId);
    found.push({ sectorId, goalId, start: section.headingSpan.start, end: section.span.end });
    headed.push({ start: section.headingSpan.start, end: section.span.end, key: match.type.key, term: match.term });
    const companion = companionSector(section.title, match);
    if (companion && !aggregates.has(companion.type.key)) {
      const at = start - match.start + companion.start;
      const companionId = addSector(context, context.regionNodeId, companion.term, companion.type, at, at + companion.term.length);
      if (goalId) context.graph.addRelationship('HAS_GOAL', companionId, goalId, {}, [context.evidence(at, at + companion.term.length)]);
    }
  }
  for (const paragraph of document.paragraphs) {
    if (excluded[paragraph.section]) continue;
    if (byLeads) framedSectors(context, paragraph, aggregates, headed, found);
    const before = found.length;
    // The lead is the sector's name (科技服务业。…) or a verb phrase whose head noun it is (rule `sector-led-paragraph`:
    // 提速发展数字经济。…, 云南 2026; 促进服务业优质高效发展。…): the way work reports, which have no sector headings, set
    // out the sectors of this year's tasks.
    // Inside a section a heading already gives a sector (1.金融服务), a task lead sets a task of that one (加快发展普惠金融。).
    for (const lead of paragraphLeads(paragraph.text, byLeads)) {
      const exact = lead.clauses === 1 ? exactSector(lead.text) : null;
      const named =
        exact !== null
          ? { term: lead.text, type: exact, start: 0 }
          : byLeads && TASK_LEAD.test(lead.text) && !COORDINATED_SECTORS.test(lead.text)
            ? sectorInTitle(lead.text, aggregates)
            : null;
      if (!named || aggregates.has(named.type.key)) continue;
      if (exact === null && !ownSectorUnderHeading(headed, paragraph.start, named)) break;
      const start = paragraph.start + lead.at + named.start;
      const sectorId = addSector(context, context.regionNodeId, named.term, named.type, start, start + named.term.length);
      const rest = paragraph.sentences.filter((sentence) => sentence.start >= paragraph.start + lead.length);
      // A lead that is a verb phrase states the aim itself when no later sentence names a target.
      const statement =
        rest.find((sentence) => GOAL_SENTENCE.test(sentence.text)) ??
        (exact ? rest[0] : paragraph.sentences.find((sentence) => sentence.start === paragraph.start));
      const goalId = statement ? addGoal(context, sectorId, statement.text, statement.start, statement.end) : null;
      found.push({ sectorId, goalId, start: paragraph.start, end: paragraph.end });
      const companion = exact === null ? companionSector(lead.text, named) : null;
      if (companion && !aggregates.has(companion.type.key)) {
        const at = paragraph.start + lead.at + companion.start;
        const companionId = addSector(context, context.regionNodeId, companion.term, companion.type, at, at + companion.term.length);
        if (goalId) context.graph.addRelationship('HAS_GOAL', companionId, goalId, {}, [context.evidence(at, at + companion.term.length)]);
      }
      break;
    }
    if (byLeads) runInSectors(context, paragraph, aggregates, headed, found, found.length > before);
  }
  return found;
}

interface Lead {
  /** The clause read for a sector, its offset in the paragraph, and the length of the whole lead with its stop. */
  readonly text: string;
  readonly at: number;
  readonly length: number;
  readonly clauses: 1 | 2;
}

/**
 * The lead of a paragraph: its first words up to 。 or ：, or (in a text on many fields) rule `sector-in-lead-clause`: a
 * lead of two clauses, a frame and a task (围绕农业稳县，加快发展现代农业。突出三产富县，加快发展现代服务业。: 岳阳县), read
 * by its last clause, then by its first, as a heading of two clauses is (`sector-in-first-clause`).
 */
function paragraphLeads(text: string, byLeads: boolean): Lead[] {
  const single = LEAD_SENTENCE.exec(text);
  if (single) return [{ text: single[1], at: 0, length: single[0].length, clauses: 1 }];
  if (!byLeads) return [];
  const two = TWO_CLAUSE_LEAD.exec(text);
  if (!two) return [];
  return [
    { text: two[2], at: two[1].length + 1, length: two[0].length, clauses: 2 },
    { text: two[1], at: 0, length: two[0].length, clauses: 2 },
  ];
}

/**
 * Rule `sector-topic-frame`: in a text on many fields, a sentence opening with a frame on a field (在农业发展上，抓调整，…;
 * 在工业发展上，实施工业富县战略，…: 乾县 2002; 在力推文旅产业融合发展方面，…: 大冶 2021) sets that field's tasks, as a
 * lead does; a frame on no field (在城镇建设上, 在此基础上) names none.
 */
function framedSectors(
  context: ExtractionContext,
  paragraph: Paragraph,
  aggregates: ReadonlySet<string>,
  headed: readonly HeadedSector[],
  found: SectorSection[],
): void {
  if (!paragraph.text.includes('在')) return;
  for (const sentence of paragraph.sentences) {
    if (sentence.text.charCodeAt(0) === FRAME_START) addFramed(context, sentence, 0, aggregates, headed, found);
  }
}

/** The field a sentence framed at `at` is on (在农业发展上，…), added with the sentence as its goal. */
function addFramed(
  context: ExtractionContext,
  sentence: { readonly text: string; readonly start: number; readonly end: number },
  at: number,
  aggregates: ReadonlySet<string>,
  headed: readonly HeadedSector[],
  found: SectorSection[],
): void {
  const frame = TOPIC_FRAME.exec(sentence.text.slice(at));
  const named = frame ? sectorInTitle(frame[1], aggregates) : null;
  if (!named || aggregates.has(named.type.key) || !ownSectorUnderHeading(headed, sentence.start, named)) return;
  const start = sentence.start + at + 1 + named.start;
  const sectorId = addSector(context, context.regionNodeId, named.term, named.type, start, start + named.term.length);
  const goalId = addGoal(context, sectorId, sentence.text, sentence.start, sentence.end);
  found.push({ sectorId, goalId, start: sentence.start, end: sentence.end });
}

/**
 * Rule `sector-run-in-lead`: in a text on many fields, a task run into a paragraph, followed by what carries it out, whose
 * object is a field ending it: a short sentence (发展壮大战略性新兴产业。前瞻布局未来产业。; 繁荣发展文化事业。持续壮大文旅
 * 产业。: 江苏 2026) or the first clause of a sentence, after an ordinal or 要 (第一，主攻工业，…: 平坝 2025; 要深入推进
 * 商贸物流产业，…: 嫩江 2015). Only a task ending with the field's word (产业, 事业, 业, 经济): 推动县乡村寄递物流体系建设。
 * (安徽) and 促进入境旅游发展。(甘肃) set tasks within a field, and name none. After an ordinal, a frame on a field
 * (第二，在农业产业方面，…) is read as rule `sector-topic-frame` reads it.
 */
function runInSectors(
  context: ExtractionContext,
  paragraph: Paragraph,
  aggregates: ReadonlySet<string>,
  headed: readonly HeadedSector[],
  found: SectorSection[],
  ledFirst: boolean,
): void {
  const { sentences } = paragraph;
  for (let i = ledFirst ? 1 : 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const ordinal = ORDINAL.exec(sentence.text);
    const skip = ordinal ? ordinal[0].length : 0;
    if (skip > 0 && sentence.text.charCodeAt(skip) === FRAME_START) {
      addFramed(context, sentence, skip, aggregates, headed, found);
      continue;
    }
    const comma = sentence.text.indexOf('，', skip);
    const clauseEnd = comma >= 0 ? comma : sentence.text.replace(/[。．.]+$/, '').length;
    // A whole short sentence must be followed by the sentences carrying it out; a clause, by the rest of its sentence.
    if (comma < 0 && (i === sentences.length - 1 || clauseEnd === sentence.text.length)) continue;
    const clause = sentence.text.slice(skip, clauseEnd);
    if (clause.length < 2 || clause.length > MAX_RUN_IN || !FIELD_WORD_END.test(clause)) continue;
    const verb = TASK_LEAD.exec(clause);
    if (!verb || COORDINATED_SECTORS.test(clause)) continue;
    const named = sectorInTitle(clause, aggregates);
    if (!named || aggregates.has(named.type.key) || !ownSectorUnderHeading(headed, sentence.start, named)) continue;
    // 服务业 after a qualifier names a kind of services, not the whole (发展算力服务产业, 大力发展科技型服务业: 山西, 江西 2026).
    if (named.start > verb[0].length && SERVICES_WORDS.has(named.term)) continue;
    const start = sentence.start + skip + named.start;
    const sectorId = addSector(context, context.regionNodeId, named.term, named.type, start, start + named.term.length);
    const goalId = addGoal(context, sectorId, sentence.text, sentence.start, sentence.end);
    found.push({ sectorId, goalId, start: sentence.start, end: sentence.end });
  }
}

/**
 * A heading names a sector when the sector is its head noun: the title is the sector's name ("2.现代物流"), or ends with
 * it after a verb phrase ("加快发展数字经济", "构建…的现代金融"), at most followed by a generic predicate
 * ("推动传统物流向现代供应链转型升级"). A sector merely mentioned inside the title ("内陆国际金融中心建设行动",
 * "物流枢纽建设", "现代服务业重点集聚区") is not the section's subject.
 */
export function sectorInTitle(
  title: string,
  aggregates: ReadonlySet<string> = DOCUMENT_LEVEL,
): { term: string; type: SectorType; start: number; complemented: boolean } | null {
  const core = title.replace(/[。．.：:]+$/, '');
  const forms = strippedForms(core);
  for (const [index, candidate] of forms.entries()) {
    const matches = sectorNames()
      .findLongest(candidate)
      .filter((match) => !aggregates.has(match.value.key) && match.end === candidate.length && !insideLongerWord(candidate, match.start, match.term));
    if (matches.length > 0) {
      const best = matches[matches.length - 1];
      return { term: best.term, type: best.value, start: best.start, complemented: index >= forms.firstComplemented };
    }
  }
  return null;
}

/**
 * Rule `sector-in-first-clause`: a heading of two clauses names its sector in either; the last is read first, then the
 * first (（六）深入推进文化强省建设，加快打造世界知名文化旅游目的地: 湖北 2026; （九）推动海洋经济高质量发展，加快打造海上
 * 新广东: 广东 2026).
 */
function headingSector(title: string, aggregates: ReadonlySet<string>): ReturnType<typeof sectorInTitle> {
  const found = sectorInTitle(title, aggregates);
  if (found) return found;
  const comma = title.indexOf('，');
  return comma >= 4 ? sectorInTitle(title.slice(0, comma), aggregates) : null;
}

/**
 * The title, then without its generic predicate, then without further predicates and complements one by one
 * (`firstComplemented`: the index of the first form the complements made).
 */
function strippedForms(core: string): string[] & { firstComplemented: number } {
  const forms: string[] = [core];
  const withoutPredicate = core.replace(GENERIC_PREDICATE, '');
  if (withoutPredicate !== core) forms.push(withoutPredicate);
  const firstComplemented = forms.length;
  let current = core;
  for (let i = 0; i < MAX_STRIPS; i++) {
    const next = current.replace(SECTOR_COMPLEMENT, '').replace(GENERIC_PREDICATE, '');
    if (next === current || next.length < 2) break;
    if (!forms.includes(next)) forms.push(next);
    current = next;
  }
  return Object.assign(forms, { firstComplemented });
}

/**
 * A heading that names a sector only through its complement (打造高效商贸流通体系) and has a heading of the same type
 * below it (7.现代商贸: 湖南 seed) groups that sector's headings: the sector is the one below.
 */
function sameTypeBelow(sections: readonly Section[], titled: ReadonlyArray<{ type: SectorType } | null>, section: Section, key: string): boolean {
  for (let i = section.index + 1; i < sections.length && sections[i].headingSpan.start < section.span.end; i++) {
    if (titled[i]?.type.key === key) return true;
  }
  return false;
}

/**
 * Rule `coordinated-sectors`: a second sector written right before the one a heading or lead ends with, joined by 和/与/及/、
 * or run together (加快发展文化产业和旅游业, 繁荣文化体育事业: 湖北 2026; （2）新能源新材料产业: 东丽 十二五). Both are the
 * paragraph's sectors. Not where the two are to be integrated (…融合), which makes neither the subject alone.
 */
export function companionSector(title: string, main: { start: number }): { term: string; type: SectorType; start: number } | null {
  if (main.start < 2 || title.includes('融合')) return null;
  const joined = /[和与及、]/.test(title[main.start - 1]) ? main.start - 1 : main.start;
  const before = sectorNames()
    .findLongest(title.slice(0, joined))
    .filter((match) => match.end === joined && !insideLongerWord(title, match.start, match.term));
  const companion = before[before.length - 1];
  return companion ? { term: companion.term, type: companion.value, start: companion.start } : null;
}

/**
 * Sector names that end a longer word of another sense: 工业 in 农产品精深加工业 (agro-processing, 黑龙江 2026) or 手工业;
 * 供应链 in 产业链供应链 (industrial and supply chains, not logistics: 推动产业链供应链优化升级, 伊吾 2021). Rule `sector-inside-word`.
 */
const LONGER_WORD_BEFORE: Readonly<Record<string, RegExp>> = { 工业: /[加手]$/, 供应链: /产业链$/ };

function insideLongerWord(text: string, start: number, term: string): boolean {
  return LONGER_WORD_BEFORE[term]?.test(text.slice(0, start)) ?? false;
}

/** Two sectors' integration (先进制造业和现代服务业融合发展): neither is the paragraph's sector alone. */
const COORDINATED_SECTORS = /[和与及][^和与及]{2,10}融合/;

interface HeadedSector {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly term: string;
}

/**
 * Rule `sector-under-heading`: inside a section whose heading gives a sector, a task lead sets a task of that one
 * (1.金融服务 … 加快发展普惠金融。; （九）推动海洋经济高质量发展 … 做大做强现代海洋产业。: 广东 2026), unless it names
 * another field (（六）加快推进文旅强省建设 … 大力繁荣文化事业。: 甘肃 2026) or a narrower one of the heading's, written
 * with the heading's name (文化强省 … 全面繁荣文化事业。, 加快发展文化产业。: 广东 2026).
 */
function ownSectorUnderHeading(headed: readonly HeadedSector[], offset: number, named: { term: string; type: SectorType }): boolean {
  return headed.every(
    (sector) =>
      offset < sector.start || offset >= sector.end || sector.key !== named.type.key || (named.term !== sector.term && named.term.includes(sector.term)),
  );
}

/** Is the section (or an ancestor) a box or heading about undertakings, whose items are projects? */
function insideUndertaking(sections: readonly Section[], index: number): boolean {
  for (let current: number | null = index; current !== null && current > 0; current = sections[current].parent) {
    const section = sections[current];
    const title = section.title.replace(/[。．.]+$/, '');
    if (UNDERTAKING_BOX.test(section.heading) || (current !== index && UNDERTAKING.test(title))) return true;
  }
  return false;
}

function exactSector(text: string): SectorType | null {
  if (text.length > MAX_LEAD_SECTOR) return null;
  const match = sectorNames().findLongest(text)[0];
  return match && match.start === 0 && match.end === text.length ? match.value : null;
}

/** The section's first body paragraphs (at most `limit`); paragraphs are in text order, so a binary search finds them. */
function bodyParagraphs(paragraphs: readonly Paragraph[], section: Section, limit: number): Paragraph[] {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle].start < section.headingSpan.end) low = middle + 1;
    else high = middle;
  }
  const body: Paragraph[] = [];
  for (let i = low; i < paragraphs.length && body.length < limit && paragraphs[i].start < section.span.end; i++) body.push(paragraphs[i]);
  return body;
}

/** The sector's aim: its first sentence naming a target or an end state, else its first sentence. */
function sectorGoal(context: ExtractionContext, sectorId: string, paragraphs: readonly Paragraph[]): string | null {
  const sentences = paragraphs.slice(0, GOAL_PARAGRAPHS).flatMap((paragraph) => paragraph.sentences);
  const statement =
    sentences.find((sentence) => /到(?:19|20)\d{2}年|力争/.test(sentence.text)) ??
    sentences.find((sentence) => GOAL_SENTENCE.test(sentence.text) && sentence.text.length > 20) ??
    sentences[0];
  return statement ? addGoal(context, sectorId, statement.text, statement.start, statement.end) : null;
}
