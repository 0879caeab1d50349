import { randomUUID } from 'node:crypto';
import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import { runReadOnlyCypher, type CypherResult } from '../read-only-cypher';
import { warmConsoleParser } from './classify-console-query';

export interface CypherConsoleLimits {
  readonly timeoutMs: number;
  readonly rowCap: number;
  /** Console queries running at once; one more is refused at once with a clear message. */
  readonly concurrency: number;
  /** How long past its timeout a query may take to stop before the watchdog terminates it and drops its connection. */
  readonly graceMs: number;
}

export interface ConsoleRun {
  readonly query: string;
  readonly params: Record<string, unknown>;
  readonly savedQueryText?: boolean;
}

/** Where the watchdog reports what it did (the API logs it). */
export type ConsoleIncident = (message: string) => void;

/**
 * The Cypher console's bounded runner: its own small connection pool (`open` makes one, and makes a fresh one
 * after a connection is dropped), a concurrency limit, and a watchdog. Neo4j marks a transaction past its timeout
 * as terminated but a CPU-bound expression can keep running; past timeout + grace the watchdog terminates the
 * transaction by its metadata through `admin` (the main connection) and drops the console's pool, so the client
 * gets its answer and the next console query a fresh connection.
 */
export class CypherConsole {
  private connection: GraphConnection;
  private running = 0;

  constructor(
    private readonly open: () => GraphConnection,
    private readonly admin: GraphConnection,
    readonly limits: CypherConsoleLimits,
    private readonly report: ConsoleIncident = () => undefined,
  ) {
    this.connection = open();
    warmConsoleParser();
  }

  async run(request: ConsoleRun): Promise<CypherResult> {
    if (this.running >= this.limits.concurrency) {
      throw new PolicyGraphError(
        'CYPHER_REJECTED',
        `The Cypher console is busy: ${this.running} console queries are running, the most it runs at once. Try again when one has finished.`,
        {
          running: this.running,
        },
      );
    }
    this.running++;
    const id = randomUUID();
    const connection = this.connection;
    const run = runReadOnlyCypher(connection, request.query, request.params, {
      timeoutMs: this.limits.timeoutMs,
      rowCap: this.limits.rowCap,
      savedQueryText: request.savedQueryText,
      metadata: { policygraphConsole: id },
    });
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        void this.stopRunaway(id, connection, request.query);
        reject(
          new PolicyGraphError(
            'CYPHER_TIMEOUT',
            `the query ran longer than ${this.limits.timeoutMs} ms and did not stop; it was terminated and its connection dropped. Add a LIMIT or a more selective MATCH.`,
          ),
        );
      }, this.limits.timeoutMs + this.limits.graceMs);
    });
    try {
      return await Promise.race([run, watchdog]);
    } finally {
      clearTimeout(timer);
      this.running--;
      run.catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private async stopRunaway(id: string, connection: GraphConnection, query: string): Promise<void> {
    // The pool is the console's own: dropping it costs other console queries a reconnect, never a graph read.
    if (this.connection === connection) this.connection = this.open();
    void connection.close().catch(() => undefined);
    let outcome: string;
    try {
      const found = await this.admin.driver.executeQuery(
        'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.policygraphConsole = $id RETURN transactionId',
        { id },
        { database: this.admin.database },
      );
      const ids = found.records.map((r) => String(r.get('transactionId')));
      if (ids.length > 0) await this.admin.driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database: this.admin.database });
      outcome = `${ids.length} transaction(s) terminated`;
    } catch (error) {
      outcome = `terminating it failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    }
    this.report(
      `console watchdog: a query ran past ${this.limits.timeoutMs + this.limits.graceMs} ms (limit ${this.limits.timeoutMs} ms); its connection pool dropped, ${outcome}: ${query.slice(0, 200).replace(/\s+/g, ' ')}`,
    );
  }
}
