import { ExtractionContext } from '../extraction-context';
import { addProject } from './project-nodes';
import { namedUndertakings } from './undertaking-rules';

export { namedUndertakings } from './undertaking-rules';

/** Sections that review the past or state principles name no undertakings of the plan. */
const NOT_TASK_SECTIONS = /(发展基础|发展环境|发展成就|历史性成就|主要问题|形势|机遇挑战|编制背景|指导思想|基本原则|现实基础|回顾)/;
/** A heading that also announces tasks (“十四五”时期发展成就和“十五五”时期主要目标任务) opens task sections. */
const TASK_SECTIONS = /(目标任务|重点任务|主要任务|重点工作|工作安排|工作部署)/;
const isReviewHeading = (heading: string): boolean => NOT_TASK_SECTIONS.test(heading) && !TASK_SECTIONS.test(heading);

/**
 * Undertakings a plan names (see undertaking-rules.ts): programmes carried out (…工程, …行动, …计划, …项目, …试点),
 * facilities and zones built (…平台, …中心, …基地, …园区, …示范区, …枢纽), the items of a list the text calls
 * projects, and named works started. Each is a Project pursued by the goal of its section.
 */
export function extractNamedUndertakings(context: ExtractionContext): number {
  const { document } = context;
  let count = 0;
  const notTasks = document.sections.map((section) => section.path.some(isReviewHeading));
  for (const paragraph of document.paragraphs) {
    if (notTasks[paragraph.section]) continue;
    for (const sentence of paragraph.sentences) {
      for (const found of namedUndertakings(sentence.text)) {
        const start = sentence.start + found.start;
        if (context.projectsByStart.has(start)) continue;
        const projectId = addProject(context, { name: found.name, start, end: start + found.name.length });
        const goalId = context.goalFor(start);
        if (goalId) context.graph.addRelationship('PURSUED_BY', goalId, projectId, {}, [context.evidence(start, start + found.name.length)]);
        count++;
      }
    }
  }
  return count;
}
