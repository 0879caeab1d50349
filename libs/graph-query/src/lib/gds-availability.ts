import { PolicyGraphError } from '@policygraph/graph-types';

/** How Neo4j says a gds.* function or procedure does not exist (no Graph Data Science plugin on the server). */
const GDS_MISSING = /(unknown function|no procedure|procedure not found|ProcedureNotFound)[^\n]*gds\.|gds\.[\w.]+[^\n]*(not found|unknown|not registered)/i;

/** Whether an error from a query says the server has no Graph Data Science (as opposed to any other failure). */
export function isGdsMissing(error: unknown): boolean {
  const text = error instanceof PolicyGraphError ? `${error.message} ${String(error.details['cause'] ?? '')}` : String(error);
  return GDS_MISSING.test(text);
}
