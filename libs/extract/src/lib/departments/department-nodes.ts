import { departmentId, regionId } from '@policygraph/graph-types';
import { ExtractionContext } from '../extraction-context';
import { canonicalDepartment } from './canonical-department';

/** The region departments of this document belong to (a document's 省商务厅 is its own province's). */
export interface DepartmentScope {
  readonly regionName: string;
  readonly regionLevel: string;
  /** False when the document region is unknown: departments are still kept, under a placeholder scope. */
  readonly known: boolean;
}

/** Add a Department as written at normalized [start, end), canonicalized, with its OF_REGION edge. */
export function addDepartment(context: ExtractionContext, scope: DepartmentScope, written: string, start: number, end: number): string {
  const canonical = canonicalDepartment(written, scope.regionLevel);
  const evidence = [context.evidence(start, end)];
  const id = context.graph.addNode(
    departmentId(scope.regionName, canonical.name),
    'Department',
    canonical.name,
    { aliases: [...canonical.aliases], level: canonical.level, kind: canonical.kind, region: scope.regionName },
    evidence,
  );
  if (scope.known) context.graph.addRelationship('OF_REGION', id, regionId(scope.regionName), {}, evidence);
  return id;
}
