import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { GraphConnection } from '@policygraph/graph-store';
import { sweepStaleProjections } from '@policygraph/graph-query';
import type { AppConfig } from '../config/app-config';
import { GRAPH_CONNECTION } from './tokens';

/** Start-up waits this long at most for the sweep: a slow sweep is skipped, never a slow start. */
const SWEEP_TIMEOUT_MS = 5_000;

/**
 * At start-up, drops the temporary GDS projections a previous API process left when it ended mid-request (each
 * request drops its own in `finally`, which a crash or a close skips). Never stops start-up: without GDS or with
 * Neo4j failing, it only logs.
 */
@Injectable()
export class StaleProjectionSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger('StaleProjectionSweeper');

  constructor(
    @Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection,
    @Inject(ConfigService) private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const maxAgeSeconds = this.config.get('gdsProjectionMaxAgeSeconds', { infer: true });
    try {
      const sweep = await sweepStaleProjections(this.graph, { maxAgeSeconds, timeoutMs: SWEEP_TIMEOUT_MS });
      if (!sweep.gdsAvailable) this.logger.debug('no Graph Data Science on this Neo4j: no projections to sweep');
      else if (sweep.dropped.length > 0)
        this.logger.log(
          `swept ${sweep.dropped.length} stale graph projection(s) older than ${maxAgeSeconds} s: ${sweep.dropped.slice(0, 10).join(', ')}${sweep.dropped.length > 10 ? ', …' : ''}`,
        );
      else this.logger.debug(`swept 0 stale graph projections (older than ${maxAgeSeconds} s)`);
    } catch (error) {
      this.logger.warn(`could not sweep stale graph projections: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
