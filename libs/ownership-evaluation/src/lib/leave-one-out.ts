import {
  asExample,
  asQuestion,
  learnOwnership,
  rankedDepartments,
  rankFunctions,
  statedLeads,
  type OwnershipTask,
  type RegionDepartment,
} from '@policygraph/cross-region';

export interface LeaveOneOutCase {
  readonly taskId: string;
  readonly name: string;
  readonly statedLead: string;
  readonly ranked: readonly string[];
  /** 1-based rank of the stated lead among the inferred departments, or null when it is not ranked at all. */
  readonly rank: number | null;
}

export interface LeaveOneOutResult {
  readonly tasks: number;
  readonly top1: number;
  readonly top3: number;
  readonly top1Rate: number;
  readonly top3Rate: number;
  readonly cases: readonly LeaveOneOutCase[];
}

/**
 * Each task with a stated lead is hidden in turn: the model learns from the other tasks' stated edges (or from none,
 * with `learn: false`: the conventions table alone, as for a document whose owners are all hidden), ranks the
 * region's departments for the hidden task, and we check where the stated lead (the first listed) ranks.
 */
export function leaveOneOut(tasks: readonly OwnershipTask[], departments: readonly RegionDepartment[], options: { learn?: boolean } = {}): LeaveOneOutResult {
  const labelled = tasks.filter((task) => statedLeads(task).length > 0);
  const cases = labelled.map((task): LeaveOneOutCase => {
    const training = options.learn === false ? [] : labelled.filter((other) => other.id !== task.id).map(asExample);
    const ranked = rankedDepartments(rankFunctions(learnOwnership(training), asQuestion(task)), task.region ?? '', departments);
    const statedLead = statedLeads(task)[0]!;
    const at = ranked.indexOf(statedLead);
    return { taskId: task.id, name: task.name, statedLead, ranked: ranked.slice(0, 5), rank: at < 0 ? null : at + 1 };
  });
  const top1 = cases.filter((c) => c.rank === 1).length;
  const top3 = cases.filter((c) => c.rank !== null && c.rank <= 3).length;
  const n = cases.length;
  return { tasks: n, top1, top3, top1Rate: n ? top1 / n : 0, top3Rate: n ? top3 / n : 0, cases };
}
