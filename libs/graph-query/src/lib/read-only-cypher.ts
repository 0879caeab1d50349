import type { GraphConnection } from '@policygraph/graph-store';
import { publicText, toPolicyGraphError } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import neo4j, { type ProfiledPlan, type Plan } from 'neo4j-driver';
import { CONSOLE_PROCEDURES, classifyConsoleQuery } from './console/classify-console-query';
import { GraphCollector, toPlain } from './graph-elements';
import type { CypherResult } from '@policygraph/graph-types';
export type { CypherResult };

export interface CypherOptions {
  readonly timeoutMs?: number;
  readonly rowCap?: number;
  /**
   * Saved queries ship with the app: their text is reviewed code (it may use syntax the console's parser does not
   * know, such as EXISTS { … }), only their parameters come from the user. Their text skips the parser check; the
   * planner check and READ mode still apply.
   */
  readonly savedQueryText?: boolean;
  /** Transaction metadata, so a watchdog can find this transaction in SHOW TRANSACTIONS. */
  readonly metadata?: Record<string, string>;
}

export const CYPHER_DEFAULTS = { timeoutMs: 5_000, rowCap: 5_000, maxQueryLength: 20_000 } as const;

const READ_ONLY_MESSAGE = 'The Cypher console is read-only';

/**
 * Runs an analyst's Cypher safely. Independent guards, so no single one has to be perfect:
 * 1. the query is parsed (classifyConsoleQuery): one statement of read clauses, allow-listed procedures, bounded
 *    nesting and ranges, before anything reaches Neo4j;
 * 2. EXPLAIN: the planner's query type must be 'r' (read only), and the plan may contain no LOAD CSV and only
 *    allow-listed procedures;
 * 3. the query runs in a READ transaction (executeRead, READ access mode) with a timeout;
 * 4. rows stream and stop at the cap; the server caps transaction memory. The CypherConsole around this adds its own
 *    pool, a concurrency limit and a watchdog.
 */
export async function runReadOnlyCypher(
  connection: GraphConnection,
  query: string,
  params: Record<string, unknown> = {},
  options: CypherOptions = {},
): Promise<CypherResult> {
  const timeoutMs = options.timeoutMs ?? CYPHER_DEFAULTS.timeoutMs;
  const rowCap = options.rowCap ?? CYPHER_DEFAULTS.rowCap;
  const trimmed = query.trim();
  if (trimmed.length === 0) throw new PolicyGraphError('BAD_REQUEST', 'the query is empty');
  if (trimmed.length > CYPHER_DEFAULTS.maxQueryLength)
    throw new PolicyGraphError('BAD_REQUEST', `the query is longer than ${CYPHER_DEFAULTS.maxQueryLength} characters`);
  if (!options.savedQueryText) classifyConsoleQuery(trimmed, params);
  const safeParams = cypherParams(params);
  const txConfig = { timeout: timeoutMs, ...(options.metadata ? { metadata: options.metadata } : {}) };

  const session = connection.driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
  const started = Date.now();
  try {
    const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${trimmed}`, safeParams), txConfig);
    const { queryType, plan } = explained.summary;
    if (queryType !== 'r') {
      throw new PolicyGraphError('CYPHER_REJECTED', `${READ_ONLY_MESSAGE}: this query would ${describeQueryType(queryType)}. Only reading queries run here.`, {
        queryType,
      });
    }
    if (plan) checkPlan(plan);

    return await session.executeRead(async (tx) => {
      const result = tx.run(trimmed, safeParams);
      const keys = (await result.keys()) as string[];
      const rows: unknown[][] = [];
      const collector = new GraphCollector();
      let truncated = false;
      for await (const record of result) {
        if (rows.length >= rowCap) {
          truncated = true;
          break;
        }
        const values = keys.map((key) => record.get(key));
        for (const value of values) collector.add(value);
        rows.push(values.map(toPlain));
      }
      return { columns: keys, rows, truncated, ...collector.result(), elapsedMs: Date.now() - started };
    }, txConfig);
  } catch (error) {
    if (error instanceof PolicyGraphError) throw error;
    const mapped = toPolicyGraphError(error, 'running the query');
    const code = (error as { code?: string }).code ?? '';
    if (/AccessMode|WriteOnReadOnlyAccessDbException|ForbiddenOnReadOnlyDatabase/i.test(code)) {
      throw new PolicyGraphError('CYPHER_REJECTED', `${READ_ONLY_MESSAGE}: the database refused a write.`);
    }
    if (mapped.code === 'CYPHER_TIMEOUT' || /TransactionTimedOut|terminated/i.test(code)) {
      throw new PolicyGraphError('CYPHER_TIMEOUT', `the query ran longer than ${timeoutMs} ms and was stopped. Add a LIMIT or a more selective MATCH.`);
    }
    if (/MemoryPool|TransactionOutOfMemory/i.test(code)) {
      throw new PolicyGraphError('CYPHER_REJECTED', 'the query needed more memory than a console query may use. Add a LIMIT or a more selective MATCH.');
    }
    if (code.startsWith('Neo.ClientError.Statement')) {
      throw new PolicyGraphError('BAD_REQUEST', `Cypher error: ${publicText((error as Error).message)}`);
    }
    if (code.startsWith('Neo.ClientError.Procedure')) {
      throw new PolicyGraphError('BAD_REQUEST', `the procedure call failed: ${publicText((error as Error).message)}`);
    }
    throw mapped;
  } finally {
    await session.close();
  }
}

function checkPlan(plan: Plan | ProfiledPlan): void {
  const operator = plan.operatorType.split('@')[0]!;
  if (/LoadCSV/i.test(operator))
    throw new PolicyGraphError('CYPHER_REJECTED', `${READ_ONLY_MESSAGE}: LOAD CSV is not allowed (it can read files on the server).`);
  if (/ProcedureCall/i.test(operator)) {
    const details = String((plan.arguments as Record<string, unknown>)['Details'] ?? '');
    const name = /^([\w.]+)\s*\(/.exec(details.trim())?.[1] ?? details;
    if (!CONSOLE_PROCEDURES.some((allowed) => allowed.toLowerCase() === name.toLowerCase())) {
      throw new PolicyGraphError('CYPHER_REJECTED', `${READ_ONLY_MESSAGE}: the procedure ${name || '(unknown)'} is not allowed here.`);
    }
  }
  for (const child of plan.children) checkPlan(child);
}

function describeQueryType(queryType: string): string {
  switch (queryType) {
    case 'w':
      return 'write to the graph';
    case 'rw':
      return 'read and write the graph';
    case 's':
      return 'change the schema';
    default:
      return `run as type '${queryType}'`;
  }
}

/** Parameters from JSON: whole numbers become Neo4j integers so LIMIT $n and range() work. */
function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    return value;
  };
  return convert(params) as Record<string, unknown>;
}
