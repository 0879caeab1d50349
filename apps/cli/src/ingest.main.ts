import { Command } from 'commander';
import { isPolicyGraphError } from '@policygraph/graph-types';
import { describeSummary, ingestPaths, progressReporter } from '@policygraph/ingest';
import { openGraphSession } from './graph-session';

const program = new Command()
  .name('npm run ingest --')
  .description('Extracts plans (files or folders, recursively) and stores them in Neo4j, one transaction per document.')
  .argument('<paths...>', 'files or folders')
  .option('--force', 'rewrite documents even when the same text and facts are already stored')
  .action(async (paths: string[], options: { force?: boolean }) => {
    const session = await openGraphSession();
    try {
      const progress = progressReporter();
      const summary = await ingestPaths(session.connection, paths, {
        ...progress,
        force: options.force,
        onReconnectWait: (path, waitMs) =>
          process.stderr.write(`\ningest: Neo4j became unreachable while storing ${path}; waiting up to ${waitMs / 1000} s for it to come back\n`),
      });
      progress.stop();
      process.stdout.write(`${describeSummary(summary)}\n`);
      process.exitCode = summary.failed > 0 ? 1 : 0;
    } finally {
      await session.close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`ingest: ${isPolicyGraphError(error) ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
