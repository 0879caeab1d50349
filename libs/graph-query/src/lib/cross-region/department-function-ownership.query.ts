import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import { nodeView, type GraphNodeView } from '../graph-elements';
import { readQuery } from '../read-query';

export interface FunctionTask {
  readonly task: GraphNodeView;
  readonly role: string;
  /** The first unit of a plain list: presumed to lead, not stated. */
  readonly presumedLead: boolean;
  readonly basis: string;
  readonly confidence: number | null;
  readonly rule: string | null;
  readonly quote: string | null;
}

export interface FunctionDepartment {
  readonly region: string;
  readonly department: GraphNodeView;
  /** True for a department no document names, created by ownership inference. */
  readonly inferred: boolean;
  readonly tasks: FunctionTask[];
}

const FUNCTION_OWNERSHIP = `
  MATCH (f:DepartmentFunction) WHERE f.key = $function OR f.name = $function
  MATCH (d:Department)-[:HAS_FUNCTION]->(f)
  OPTIONAL MATCH (t:Entity)-[r:RESPONSIBLE]->(d) WHERE $includeInferred OR r.basis = 'stated'
  WITH d, t, r ORDER BY r.role, t.name
  WITH d, [x IN collect(CASE WHEN t IS NULL THEN null ELSE {task: t, role: r.role, presumedLead: coalesce(r.presumedLead, false), basis: r.basis, confidence: r.confidence, rule: r.rule, quote: r.quote} END) WHERE x IS NOT NULL] AS tasks
  WHERE $includeInferred OR coalesce(d.inferred, false) = false
  RETURN d, tasks
  ORDER BY d.region, d.name`;

/**
 * What every region's department with one function (商务, 发展改革, …) owns: its tasks with role, basis and the quote
 * that says so. Inferred edges (and departments only inference created) are left out unless asked for.
 */
export async function departmentFunctionOwnership(connection: GraphConnection, fn: string, includeInferred = false): Promise<FunctionDepartment[]> {
  const known = await readQuery(
    connection,
    'MATCH (f:DepartmentFunction) WHERE f.key = $function OR f.name = $function RETURN count(f) AS n',
    { function: fn },
    `reading department function ${fn}`,
  );
  if (Number(known[0]?.get('n') ?? 0) === 0)
    throw new PolicyGraphError('NOT_FOUND', `no department function ${fn} (examples: 商务, 发展改革, 文化和旅游, 市场监管)`);
  const records = await readQuery(connection, FUNCTION_OWNERSHIP, { function: fn, includeInferred }, `reading what ${fn} departments own`);
  return records.map((record) => {
    const department = nodeView(record.get('d'));
    const tasks = (
      record.get('tasks') as {
        task: Parameters<typeof nodeView>[0];
        role: string;
        presumedLead: boolean;
        basis: string;
        confidence: number | null;
        rule: string | null;
        quote: string | null;
      }[]
    ).map((entry) => ({
      task: nodeView(entry.task),
      role: String(entry.role ?? 'co-responsible'),
      presumedLead: entry.presumedLead === true,
      basis: String(entry.basis ?? 'stated'),
      confidence: entry.confidence === null || entry.confidence === undefined ? null : Number(entry.confidence),
      rule: entry.rule ?? null,
      quote: entry.quote ?? null,
    }));
    return { region: String(department.properties['region'] ?? ''), department, inferred: department.properties['inferred'] === true, tasks };
  });
}
