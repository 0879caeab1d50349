export * from './shared-strategies.query';
export * from './compare-indicator.query';
export * from './region-targets.query';
export * from './similar-clauses.query';
export * from './department-function-ownership.query';
export { Bm25Index } from './bm25';
export type { Bm25Document } from './bm25';
export * from './region-similarity.query';
