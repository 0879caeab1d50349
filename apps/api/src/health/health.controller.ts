import { Controller, Get, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { GraphConnection } from '@policygraph/graph-store';
import { GRAPH_CONNECTION } from '../graph/tokens';
import { EXPECTED_UNAVAILABLE } from '../logging/request-log';

const HEALTH_TIMEOUT_MS = 2_000;

@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(@Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection) {}

  /**
   * 200 when Neo4j answers within 2 s, 503 with code NEO4J_UNAVAILABLE otherwise (a paused or restarting server used
   * to hold this for 30 s); the API itself stays up either way, and its driver reconnects once Neo4j is back. The driver's reason names hosts and ports, so it is logged, not sent.
   */
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const started = Date.now();
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
      // A known state reported on purpose: the request log says so as a warning, not as a failure of the API.
      response.locals[EXPECTED_UNAVAILABLE] = true;
      response
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .json({ status: 'degraded', api: 'up', neo4j: 'down', code: 'NEO4J_UNAVAILABLE', error: 'graph database unavailable (down or restarting); try again shortly', latencyMs: Date.now() - started });
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }
}
