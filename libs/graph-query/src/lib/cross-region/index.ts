export * from './shared-strategies.query';
export * from './compare-indicator.query';
export * from './region-targets.query';
export * from './similar-clauses.query';
export * from './department-function-ownership.query';
export * from './region-similarity.query';
