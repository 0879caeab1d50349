import { ExtractionContext } from '../extraction-context';
import type { SectorSection } from '../sectors/extract-sectors';
import { addProject } from './project-nodes';

const MAX_LEAD_TASK = 20;
/** Lead sentences of task paragraphs open with an action verb (推进设施高端化。 加快发展软件产业。). */
const ACTION_VERB =
  /^(大力|积极|加快|加强|推进|推动|促进|完善|健全|培育|发展|建设|打造|构建|强化|深化|实施|开发|提高|提升|拓展|鼓励|支持|优化|着力|创新|探索|整合|扩大|壮大|做强|做优|做大|提质|引进|构筑|增强|深入|全面|聚焦|围绕|建立|推广|规范|落实|开展|依托|丰富|培养|改善|保障|稳步|有序|因地制宜)/;

/**
 * Tasks inside sector sections that the text marks only by a short lead sentence ("推进设施高端化。" followed by its
 * elaboration): at a paragraph start, or mid-paragraph when the paragraph holds a series of them. Each becomes a Project pursued by the sector's goal.
 */
export function extractLeadTasks(context: ExtractionContext, sectors: readonly SectorSection[]): number {
  const { document } = context;
  let count = 0;
  for (const paragraph of document.paragraphs) {
    // The innermost sector containing the paragraph (a numbered sector inside a group heading).
    const sector = sectors
      .filter((candidate) => candidate.goalId && paragraph.start >= candidate.start && paragraph.start < candidate.end)
      .reduce<SectorSection | null>((best, candidate) => (best === null || candidate.start >= best.start ? candidate : best), null);
    if (!sector) continue;
    let leads: number[] = [];
    paragraph.sentences.forEach((sentence, index) => {
      const text = sentence.text.replace(/[。！？]+$/, '');
      const hasElaboration = index + 1 < paragraph.sentences.length;
      if (text.length > MAX_LEAD_TASK || text.length < 4 || !hasElaboration || !ACTION_VERB.test(text) || /[，；：]/.test(text)) return;
      if (context.projectsByStart.has(sentence.start)) return;
      leads.push(index);
    });
    // A run-in heading opens its paragraph; where the export lost the paragraph breaks, a series of them runs through
    // one paragraph ("…。推进设施高端化。…。推进服务智慧化。…"). A lone short sentence mid-paragraph is body text.
    if (leads.length === 1 && leads[0] !== 0) leads = [];
    leads.forEach((index, k) => {
      const sentence = paragraph.sentences[index];
      const scopeEnd = k + 1 < leads.length ? paragraph.sentences[leads[k + 1]].start : paragraph.end;
      const name = sentence.text.replace(/[。！？]+$/, '');
      const projectId = addProject(context, { name, start: sentence.start, end: sentence.end }, undefined, scopeEnd);
      context.graph.addRelationship('PURSUED_BY', sector.goalId!, projectId, {}, [context.evidence(sentence.start, sentence.end)]);
      count++;
    });
  }
  return count;
}
