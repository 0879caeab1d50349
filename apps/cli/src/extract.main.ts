import { Command } from 'commander';
import { isPolicyGraphError, type ExtractionResult } from '@policygraph/graph-types';
import { collectInputFiles, enrichAndModel, parseAndExtract, readDocumentFile } from '@policygraph/ingest';
import { formatSummary } from './extraction-summary';
import { dumpStages } from './stage-dump';

const program = new Command()
  .name('npm run extract --')
  .description('Extracts the region → sector → goal → indicator → project → department chain from plans and prints it.')
  .argument('<paths...>', 'files or folders')
  .option('--format <format>', 'json (one object per file; an array for several) or summary', 'summary')
  .option('--dump-stages <dir>', 'also write each stage (parsed, extracted, enriched, graph batch) as JSON under <dir>/<document id>/')
  .action(async (paths: string[], options: { format: string; dumpStages?: string }) => {
    if (options.format !== 'json' && options.format !== 'summary') throw new Error(`--format must be json or summary, got ${options.format}`);
    const results: ExtractionResult[] = [];
    let failed = 0;
    for (const file of await collectInputFiles(paths)) {
      try {
        if (file.missing) throw new Error(`${file.path} does not exist. Check the path.`);
        const document = await readDocumentFile(file.path);
        const { parsed, extracted } = parseAndExtract(document);
        results.push(extracted);
        if (options.dumpStages) {
          const written = await dumpStages(options.dumpStages, document.documentId, { parsed, extracted, ...enrichAndModel(document, extracted) });
          process.stderr.write(`stages of ${file.path} → ${written}\n`);
        }
      } catch (error) {
        failed++;
        process.stderr.write(`✗ ${file.path}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    if (options.format === 'json') process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
    else process.stdout.write(results.map(formatSummary).join('\n'));
    process.exitCode = failed > 0 ? 1 : 0;
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`extract: ${isPolicyGraphError(error) ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
