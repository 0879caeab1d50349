/** Injection tokens: the graph connection is created in main.ts before Nest starts, so startup errors stay readable. */
export const GRAPH_CONNECTION = Symbol('GRAPH_CONNECTION');
export const READ_CACHE = Symbol('READ_CACHE');
export const DOCUMENT_READERS = Symbol('DOCUMENT_READERS');
export const CYPHER_CONSOLE = Symbol('CYPHER_CONSOLE');
