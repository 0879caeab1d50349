export { leaveOneOut } from './lib/leave-one-out';
export type { LeaveOneOutResult } from './lib/leave-one-out';
export { ownershipTasksOfExtraction } from './lib/ownership-tasks-of-extraction';
