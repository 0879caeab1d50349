import type { GraphConnection } from '@policygraph/graph-store';
import { toPolicyGraphError } from '@policygraph/graph-store';
import {
  asExample,
  asQuestion,
  chooseOwners,
  leadsForLearning,
  learnOwnership,
  rankFunctions,
  type InferredOwner,
  type OwnershipTask,
  type RegionDepartment,
} from '@policygraph/cross-region';
import { departmentFunctionId } from '@policygraph/graph-types';
import {
  CLEAN_INFERRED_DEPARTMENTS,
  CREATE_INFERRED_EDGES,
  DELETE_INFERRED_EDGES,
  MERGE_INFERRED_DEPARTMENTS,
  READ_REGION_DEPARTMENTS,
  READ_TASKS,
} from './infer-ownership.cypher';

export interface InferOwnershipOptions {
  /** Only this region's tasks get inferred owners (all regions learn). */
  readonly region?: string | null;
  /** Evaluation: these documents' stated edges are hidden from learning and their tasks treated as unowned. */
  readonly holdOutDocuments?: readonly string[];
  /** Compute without writing. */
  readonly dryRun?: boolean;
}

export interface TaskInference {
  readonly taskId: string;
  readonly documentId: string;
  readonly owners: readonly InferredOwner[];
}

export interface InferOwnershipReport {
  readonly learnedFrom: number;
  readonly tasks: number;
  readonly edges: number;
  readonly createdDepartments: number;
  readonly documents: number;
  readonly inferences: readonly TaskInference[];
}

/**
 * Infers owners for the goals and projects of documents that state no owners, after documents are stored: learns from every
 * stated RESPONSIBLE edge (task words and sector → department function), falls back on the sourced conventions,
 * and maps functions to the region's departments (creating `inferred: true` ones the region never names). Each
 * document's inferred edges are replaced in one write transaction; stated edges are never touched.
 */
export async function inferOwnership(connection: GraphConnection, options: InferOwnershipOptions = {}): Promise<InferOwnershipReport> {
  const holdOut = new Set(options.holdOutDocuments ?? []);
  const tasks = (await read(connection, READ_TASKS, {})).map(toTask).map((task) => (holdOut.has(task.documentId) ? { ...task, stated: [] } : task));
  const model = learnOwnership(tasks.filter((task) => task.stated.some(leadsForLearning)).map(asExample));
  // A document that states 责任单位 has allocated its own tasks: a task there without a clause is a sub-item of a
  // stated task or a goal the stated tasks serve, so inference only speaks for documents that state no owner at all.
  const statingDocuments = new Set(tasks.filter((task) => task.stated.length > 0).map((task) => task.documentId));
  const targets = tasks.filter((task) => !statingDocuments.has(task.documentId) && task.region !== null && (!options.region || task.region === options.region));
  const regions = [...new Set(targets.map((task) => task.region!))];
  const departments = (await read(connection, READ_REGION_DEPARTMENTS, { regions })).map(toDepartment);

  const inferences: TaskInference[] = targets
    .map((task) => ({ taskId: task.id, documentId: task.documentId, owners: chooseOwners(rankFunctions(model, asQuestion(task)), task.region!, departments) }))
    .filter((inference) => inference.owners.length > 0);
  const byDocument = new Map<string, TaskInference[]>();
  for (const inference of inferences) byDocument.set(inference.documentId, [...(byDocument.get(inference.documentId) ?? []), inference]);
  const evidenceOf = new Map(targets.map((task) => [task.id, task.evidenceJson]));

  let edges = 0;
  let created = 0;
  if (!options.dryRun) {
    const documents = new Set([...byDocument.keys(), ...targets.map((task) => task.documentId)]);
    for (const documentId of documents) {
      const written = await writeDocumentInferences(connection, documentId, byDocument.get(documentId) ?? [], evidenceOf);
      edges += written.edges;
      created += written.departments;
    }
    await write(connection, CLEAN_INFERRED_DEPARTMENTS, {}, 'cleaning inferred departments');
  } else {
    edges = inferences.reduce((sum, inference) => sum + inference.owners.length, 0);
  }
  return { learnedFrom: model.examples, tasks: targets.length, edges, createdDepartments: created, documents: byDocument.size, inferences };
}

async function writeDocumentInferences(
  connection: GraphConnection,
  documentId: string,
  inferences: readonly TaskInference[],
  evidenceOf: ReadonlyMap<string, string | null>,
): Promise<{ edges: number; departments: number }> {
  const departments = new Map<string, Record<string, unknown>>();
  const rows: Record<string, unknown>[] = [];
  for (const inference of inferences) {
    for (const owner of inference.owners) {
      const { department } = owner;
      if (department.created) {
        departments.set(department.id, {
          id: department.id,
          region: department.region,
          function: department.function,
          functionId: departmentFunctionId(department.function),
          props: {
            name: department.name,
            label: 'Department',
            region: department.region,
            kind: 'government',
            function: department.function,
            functionId: departmentFunctionId(department.function),
            aliases: [department.name],
            aliasText: department.name,
            evidenceJson: '[]',
          },
        });
      }
      const evidenceJson = evidenceOf.get(inference.taskId) ?? '[]';
      rows.push({
        from: inference.taskId,
        to: department.id,
        props: {
          role: owner.role,
          basis: 'inferred',
          confidence: owner.confidence,
          rule: owner.rule,
          documentId,
          quote: firstQuote(evidenceJson),
          evidenceJson,
        },
      });
    }
  }
  const session = connection.driver.session({ database: connection.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(DELETE_INFERRED_EDGES, { documentId });
      if (departments.size > 0) await tx.run(MERGE_INFERRED_DEPARTMENTS, { rows: [...departments.values()] });
      const result = rows.length > 0 ? await tx.run(CREATE_INFERRED_EDGES, { rows }) : null;
      return { edges: Number(result?.records[0]?.get('created') ?? 0), departments: departments.size };
    });
  } catch (error) {
    throw toPolicyGraphError(error, `inferring ownership for document ${documentId}`);
  } finally {
    await session.close();
  }
}

function firstQuote(evidenceJson: string): string | null {
  try {
    const parsed = JSON.parse(evidenceJson) as { quote?: string }[];
    return parsed[0]?.quote ?? null;
  } catch {
    return null;
  }
}

async function read(connection: GraphConnection, cypher: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  try {
    const { records } = await connection.driver.executeQuery(cypher, params, { database: connection.database, routing: 'READ' });
    return records.map((record) => record.toObject() as Record<string, unknown>);
  } catch (error) {
    throw toPolicyGraphError(error, 'reading tasks for ownership inference');
  }
}

async function write(connection: GraphConnection, cypher: string, params: Record<string, unknown>, context: string): Promise<void> {
  try {
    await connection.driver.executeQuery(cypher, params, { database: connection.database, routing: 'WRITE' });
  } catch (error) {
    throw toPolicyGraphError(error, context);
  }
}

function toTask(row: Record<string, unknown>): OwnershipTask {
  return {
    id: String(row['id']),
    documentId: String(row['documentId']),
    region: (row['region'] as string | null) ?? null,
    name: String(row['name'] ?? ''),
    text: String(row['text'] ?? ''),
    terms: (row['terms'] as string[] | null) ?? [],
    sector: (row['sector'] as string | null) ?? null,
    stated: ((row['owners'] as { role: string; presumedLead: boolean | null; function: string | null; department: string }[] | null) ?? []).map((owner) => ({
      role: String(owner.role ?? 'co-responsible'),
      presumedLead: owner.presumedLead === true,
      function: owner.function ?? null,
      department: owner.department,
    })),
    evidenceJson: (row['evidenceJson'] as string | null) ?? null,
  };
}

function toDepartment(row: Record<string, unknown>): RegionDepartment {
  return {
    id: String(row['id']),
    name: String(row['name']),
    region: String(row['region']),
    function: (row['function'] as string | null) ?? null,
    kind: (row['kind'] as string | null) ?? null,
    inferred: Boolean(row['inferred']),
    statedTasks: Number(row['statedTasks'] ?? 0),
  };
}
