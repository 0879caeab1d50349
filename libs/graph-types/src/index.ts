export * from './lib/evidence';
export * from './lib/graph';
export * from './lib/graph-views';
export * from './lib/node-ids';
export * from './lib/policy-graph-error';
export * from './lib/query-rows';
