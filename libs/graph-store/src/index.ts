export * from './lib/neo4j-config';
export * from './lib/connect';
export * from './lib/apply-schema';
export * from './lib/store-document';
export * from './lib/graph-summary';
export * from './lib/neo4j-errors';
export * from './lib/delete-document';
