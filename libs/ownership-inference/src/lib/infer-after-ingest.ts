import type { GraphConnection } from '@policygraph/graph-store';
import { inferOwnership } from './infer-ownership';

export type OwnershipInferenceOutcome =
  { readonly ok: true; readonly edges: number; readonly tasks: number; readonly learnedFrom: number } | { readonly ok: false; readonly error: string };

/**
 * The last step of an ingest run. Stored documents stay stored whatever happens here: a failure is reported (one
 * line on stderr and in the outcome) and the run goes on; the next ingest retries the whole pass.
 */
export async function inferOwnershipAfterIngest(connection: GraphConnection): Promise<OwnershipInferenceOutcome> {
  try {
    const report = await inferOwnership(connection);
    return { ok: true, edges: report.edges, tasks: report.tasks, learnedFrom: report.learnedFrom };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ownership inference failed (stored documents are unaffected): ${message}\n`);
    return { ok: false, error: message };
  }
}
