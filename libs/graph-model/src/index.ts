export * from './lib/graph-batch';
export * from './lib/to-graph-batch';
