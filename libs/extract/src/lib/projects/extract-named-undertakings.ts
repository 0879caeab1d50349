import { sectionHasRole, type SectionRole } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { addProject } from './project-nodes';
import { namedUndertakings } from './undertaking-rules';

export { namedUndertakings } from './undertaking-rules';

/** Sections that review the past or state principles name no undertakings of the plan. */
const NOT_TASK_ROLES: readonly SectionRole[] = ['review', 'principles'];

/**
 * Undertakings a plan names (see undertaking-rules.ts): programmes carried out (…工程, …行动, …计划, …项目, …试点),
 * facilities and zones built (…平台, …中心, …基地, …园区, …示范区, …枢纽), the items of a list the text calls
 * projects, and named works started. Each is a Project pursued by the goal of its section.
 */
export function extractNamedUndertakings(context: ExtractionContext): number {
  const { document } = context;
  let count = 0;
  const notTasks = document.sections.map((section) => sectionHasRole(section, NOT_TASK_ROLES));
  // The document's own title names the document (…三年行动计划), not an undertaking of it: on its title line, and where
  // the text repeats the end of its title (a title broken over lines under a notice).
  const title = document.metadata.titleSpan;
  const ownName = document.metadata.title.replace(/（[^（）]*）$/, '');
  for (const paragraph of document.paragraphs) {
    if (notTasks[paragraph.section]) continue;
    for (const sentence of paragraph.sentences) {
      for (const found of namedUndertakings(sentence.text, { text: document.text, start: sentence.start })) {
        const start = sentence.start + found.start;
        if (context.projectsByStart.has(start) || (title !== null && start >= title.start && start < title.end) || ownName.endsWith(found.name)) continue;
        const projectId = addProject(context, { name: found.name, start, end: start + found.name.length });
        const goalId = context.goalFor(start);
        if (goalId) context.graph.addRelationship('PURSUED_BY', goalId, projectId, {}, [context.evidence(start, start + found.name.length)]);
        count++;
      }
    }
  }
  return count;
}
