import type { Paragraph, Section } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { addSector } from './sector-nodes';
import { sectorNames, SectorType } from './sector-taxonomy';

/** Aggregates the whole plan is about are the document's sector, not a section's. */
const DOCUMENT_LEVEL = new Set(['services', 'economy']);
const NOT_SECTOR_SECTIONS = /(发展基础|发展环境|发展成就|历史性成就|主要问题|形势|机遇挑战|编制背景|保障措施|组织实施|指导思想|基本原则)/;
const GOAL_SENTENCE = /(到(?:19|20)\d{2}年|力争|目标|建成|建设成为|打造成为|成为)/;
const MAX_LEAD_SECTOR = 14;

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
  for (const section of document.sections) {
    if (section.index === 0 || section.path.some((heading) => NOT_SECTOR_SECTIONS.test(heading))) continue;
    const match = sectorInTitle(section.title);
    if (!match) continue;
    const start = section.headingSpan.start + section.heading.indexOf(section.title) + match.start;
    const sectorId = addSector(context, context.regionNodeId, match.term, match.type, start, start + match.term.length);
    const goalId = sectorGoal(context, sectorId, bodyParagraphs(document.paragraphs, section));
    if (goalId) context.goalsBySection.set(section.index, goalId);
    found.push({ sectorId, goalId, start: section.headingSpan.start, end: section.span.end });
  }
  for (const paragraph of document.paragraphs) {
    const path = document.sections[paragraph.section].path;
    if (path.some((heading) => NOT_SECTOR_SECTIONS.test(heading))) continue;
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

function sectorInTitle(title: string): { term: string; type: SectorType; start: number } | null {
  const matches = sectorNames()
    .findLongest(title)
    .filter((match) => !DOCUMENT_LEVEL.has(match.value.key));
  if (matches.length === 0) return null;
  // The head noun is the longest name, the last one on a tie ("推动传统物流向现代供应链转型升级" → 现代供应链).
  const best = matches.reduce((a, b) => (b.term.length >= a.term.length ? b : a));
  return { term: best.term, type: best.value, start: best.start };
}

function exactSector(text: string): SectorType | null {
  if (text.length > MAX_LEAD_SECTOR) return null;
  const match = sectorNames().findLongest(text)[0];
  return match && match.start === 0 && match.end === text.length ? match.value : null;
}

function bodyParagraphs(paragraphs: readonly Paragraph[], section: Section): Paragraph[] {
  return paragraphs.filter((paragraph) => paragraph.start >= section.headingSpan.end && paragraph.start < section.span.end);
}

/** The sector's aim: its first sentence naming a target or an end state, else its first sentence. */
function sectorGoal(context: ExtractionContext, sectorId: string, paragraphs: readonly Paragraph[]): string | null {
  const sentences = paragraphs.slice(0, 3).flatMap((paragraph) => paragraph.sentences);
  const statement = sentences.find((sentence) => /到(?:19|20)\d{2}年|力争/.test(sentence.text)) ??
    sentences.find((sentence) => GOAL_SENTENCE.test(sentence.text) && sentence.text.length > 20) ??
    sentences[0];
  return statement ? addGoal(context, sectorId, statement.text, statement.start, statement.end) : null;
}
