export * from './lib/evidence';
export * from './lib/graph';
export * from './lib/policy-graph-error';
export * from './lib/query-rows';
