import type { ExtractionResult, GraphNode } from '@policygraph/graph-types';

/** The text of one goal, project or task as the document writes it, with its place in the ORIGINAL text. */
export interface TaskText {
  readonly nodeId: string;
  readonly label: 'Goal' | 'Project' | 'Task';
  readonly documentId: string;
  /** Original offsets: `text === originalText.slice(start, start + text.length)`. */
  readonly start: number;
  readonly text: string;
  readonly section: readonly string[];
}

/** Longest body kept for a project: a task paragraph with its sub-items rarely runs longer. */
export const MAX_TASK_BODY = 800;

/**
 * Goals are their statement. A Project's or Task's evidence is only its heading ("(二)完善服务标准，塑造服务品牌。"), so its
 * text runs on from the heading to the next goal or project of the document (its body paragraph, where strategies
 * and keywords are written), at most MAX_TASK_BODY characters.
 */
export function taskTexts(result: ExtractionResult, originalText: string): TaskText[] {
  const tasks = result.nodes.filter(
    (node): node is GraphNode & { label: 'Goal' | 'Project' | 'Task' } =>
      (node.label === 'Goal' || node.label === 'Project' || node.label === 'Task') && node.evidence.length > 0,
  );
  const starts = [...new Set(tasks.map((node) => node.evidence[0]!.start))].sort((a, b) => a - b);
  return tasks.map((node) => {
    const evidence = node.evidence[0]!;
    let end = evidence.end;
    if (node.label !== 'Goal') {
      const next = starts.find((start) => start > evidence.start) ?? originalText.length;
      end = Math.max(evidence.end, Math.min(next, evidence.start + MAX_TASK_BODY));
    }
    return {
      nodeId: node.id,
      label: node.label,
      documentId: evidence.documentId,
      start: evidence.start,
      text: originalText.slice(evidence.start, end),
      section: evidence.section,
    };
  });
}
