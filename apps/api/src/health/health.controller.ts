import { readFile } from 'node:fs/promises';
import { Controller, Get, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Response } from 'express';
import type { GraphConnection } from '@policygraph/graph-store';
import { GRAPH_CONNECTION } from '../graph/tokens';
import type { AppConfig } from '../config/app-config';
import { EXPECTED_UNAVAILABLE } from '../logging/request-log';

const HEALTH_TIMEOUT_MS = 2_000;

@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    @Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection,
    @Inject(ConfigService) private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /**
   * True when the supervisor of the local Neo4j (npm start) says it is restarting the server. No state file (Neo4j
   * not ours) or an unreadable one says nothing: the answer is then "down".
   */
  private async supervisorRestarting(): Promise<boolean> {
    const file = this.config.get('neo4jSupervisorStateFile', { infer: true });
    if (!file) return false;
    try {
      return (JSON.parse(await readFile(file, 'utf8')) as { state?: unknown }).state === 'restarting';
    } catch {
      return false;
    }
  }

  private unavailable(response: Response, neo4j: 'down' | 'restarting', started: number): void {
    // A known state reported on purpose: the request log says so as a warning, not as a failure of the API.
    response.locals[EXPECTED_UNAVAILABLE] = true;
    response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
      status: 'degraded',
      api: 'up',
      neo4j,
      code: 'NEO4J_UNAVAILABLE',
      error: neo4j === 'restarting' ? 'graph database restarting; try again shortly' : 'graph database unavailable (down or restarting); try again shortly',
      latencyMs: Date.now() - started,
    });
  }

  /**
   * 200 when Neo4j answers within 2 s, 503 with code NEO4J_UNAVAILABLE otherwise (a paused or restarting server used
   * to hold this for 30 s), with `neo4j: 'restarting'` at once, without asking Neo4j, while its supervisor restarts
   * it, and `neo4j: 'down'` otherwise; the API itself stays up either way, and its driver reconnects once Neo4j is
   * back. The driver's reason names hosts and ports, so it is logged, not sent.
   */
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const started = Date.now();
    if (await this.supervisorRestarting()) return this.unavailable(response, 'restarting', started);
    let timer: NodeJS.Timeout | undefined;
    // One auto-commit query: a refused connection (Neo4j restarting) fails at once, where executeQuery's managed
    // transaction would retry until the 2 s race gave up.
    const session = this.graph.driver.session({ database: this.graph.database, defaultAccessMode: 'READ' });
    try {
      await Promise.race([
        session.run('RETURN 1', {}, { timeout: HEALTH_TIMEOUT_MS }),
        new Promise((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS))),
      ]);
      response.status(HttpStatus.OK).json({ status: 'ok', api: 'up', neo4j: 'up', latencyMs: Date.now() - started });
    } catch (error) {
      this.logger.warn(`health: Neo4j did not answer: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      // The server may have died during the query: its supervisor says so by now.
      this.unavailable(response, (await this.supervisorRestarting()) ? 'restarting' : 'down', started);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }
}
