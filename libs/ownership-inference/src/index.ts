export { inferOwnership } from './lib/infer-ownership';
export type { InferOwnershipOptions, InferOwnershipReport, TaskInference } from './lib/infer-ownership';
export { inferOwnershipAfterIngest } from './lib/infer-after-ingest';
export type { OwnershipInferenceOutcome } from './lib/infer-after-ingest';
