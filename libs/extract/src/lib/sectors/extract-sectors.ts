import { sectionHasRole, type Paragraph, type Section, type SectionRole } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { addSector } from './sector-nodes';
import { sectorNames, SectorType } from './sector-taxonomy';

/** Aggregates the whole plan is about are the document's sector, not a section's. */
const DOCUMENT_LEVEL = new Set(['services', 'economy']);
/** Reviews, principles and safeguards mention sectors without making them the subject of a section. */
const NOT_SECTOR_ROLES: readonly SectionRole[] = ['review', 'principles', 'safeguards'];
const GOAL_SENTENCE = /(到(?:19|20)\d{2}年|力争|目标|建成|建设成为|打造成为|成为)/;
const MAX_LEAD_SECTOR = 14;
/** A sector's goal is stated in its first paragraphs. */
const GOAL_PARAGRAPHS = 3;
/** Boxes (专栏) and headings about undertakings list projects, not sectors: 专栏4门户枢纽建设工程, （二）…中心建设行动. */
const UNDERTAKING = /(工程|行动|项目|计划|专项|建设|集聚区|目标|指标)$/;
const UNDERTAKING_BOX = /^专栏.*(工程|行动|项目|计划|专项|建设)/;
/** What may follow the sector name at the end of a heading: 推动传统物流向现代供应链转型升级, 加快发展科技服务业. */
const GENERIC_PREDICATE = /((?:[\u4e00-\u9fa5]{2}化)+发展|转型升级|提质增效|提质扩容|高质量发展|创新发展|融合发展|加快发展|发展|产业|行业)$/;

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
  // Whether a section can hold sectors depends on the section alone: decided once per section, not per paragraph.
  const excluded = document.sections.map((section) => sectionHasRole(section, NOT_SECTOR_ROLES) || insideUndertaking(document.sections, section.index));
  for (const section of document.sections) {
    if (section.index === 0 || excluded[section.index]) continue;
    const match = sectorInTitle(section.title);
    if (!match) continue;
    const start = section.headingSpan.start + section.heading.indexOf(section.title) + match.start;
    const sectorId = addSector(context, context.regionNodeId, match.term, match.type, start, start + match.term.length);
    const goalId = sectorGoal(context, sectorId, bodyParagraphs(document.paragraphs, section, GOAL_PARAGRAPHS));
    if (goalId) context.goalsBySection.set(section.index, goalId);
    found.push({ sectorId, goalId, start: section.headingSpan.start, end: section.span.end });
  }
  for (const paragraph of document.paragraphs) {
    if (excluded[paragraph.section]) continue;
    const lead = /^([^。：:，]{2,14})[。：:]/.exec(paragraph.text);
    if (!lead) continue;
    const type = exactSector(lead[1]);
    if (!type || DOCUMENT_LEVEL.has(type.key)) continue;
    const sectorId = addSector(context, context.regionNodeId, lead[1], type, paragraph.start, paragraph.start + lead[1].length);
    const rest = paragraph.sentences.filter((sentence) => sentence.start >= paragraph.start + lead[0].length);
    const statement = rest.find((sentence) => GOAL_SENTENCE.test(sentence.text)) ?? rest[0];
    const goalId = statement ? addGoal(context, sectorId, statement.text, statement.start, statement.end) : null;
    found.push({ sectorId, goalId, start: paragraph.start, end: paragraph.end });
  }
  return found;
}

/**
 * A heading names a sector when the sector is its head noun: the title is the sector's name ("2.现代物流"), or ends with
 * it after a verb phrase ("加快发展数字经济", "构建…的现代金融"), at most followed by a generic predicate
 * ("推动传统物流向现代供应链转型升级"). A sector merely mentioned inside the title ("内陆国际金融中心建设行动",
 * "物流枢纽建设", "现代服务业重点集聚区") is not the section's subject.
 */
export function sectorInTitle(title: string): { term: string; type: SectorType; start: number } | null {
  const core = title.replace(/[。．.：:]+$/, '');
  const withoutPredicate = core.replace(GENERIC_PREDICATE, '');
  for (const candidate of withoutPredicate === core ? [core] : [core, withoutPredicate]) {
    const matches = sectorNames()
      .findLongest(candidate)
      .filter((match) => !DOCUMENT_LEVEL.has(match.value.key) && match.end === candidate.length);
    if (matches.length > 0) {
      const best = matches[matches.length - 1];
      return { term: best.term, type: best.value, start: best.start };
    }
  }
  return null;
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
