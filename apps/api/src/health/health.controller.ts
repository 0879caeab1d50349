import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { GraphConnection } from '@policygraph/graph-store';
import { GRAPH_CONNECTION } from '../graph/tokens';

@Controller('health')
export class HealthController {
  constructor(@Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection) {}

  /** 200 when Neo4j answers, 503 with the reason when it does not; the API itself stays up either way. */
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const started = Date.now();
    try {
      await this.graph.driver.executeQuery('RETURN 1', {}, { database: this.graph.database, transactionConfig: { timeout: 2_000 } });
      response.status(HttpStatus.OK).json({ status: 'ok', api: 'up', neo4j: 'up', latencyMs: Date.now() - started });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'degraded', api: 'up', neo4j: 'down', error: `graph database unavailable: ${reason}` });
    }
  }
}
