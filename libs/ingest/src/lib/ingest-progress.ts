import { relative } from 'node:path';
import { SingleBar } from 'cli-progress';
import { NOTHING_CHANGED, type FileOutcome, type IngestOptions, type IngestSummary } from './ingest-documents';

/** One line per file: what happened to it, in words a user can act on. */
export function describeOutcome(outcome: FileOutcome): string {
  const name = relative(process.cwd(), outcome.path) || outcome.path;
  if (!outcome.ok) return `✗ ${name}: ${outcome.error}`;
  const { report } = outcome;
  const facts = `${report.nodes} nodes, ${report.relationships} relationships`;
  switch (report.status) {
    case 'added':
      return `+ ${name}: added ${facts}${outcome.issues ? ` (${outcome.issues} extraction notes)` : ''}`;
    case 'replaced':
      return `↻ ${name}: replaced (${report.removed} old nodes removed), now ${facts}`;
    case 'unchanged':
      return `= ${name}: unchanged (same text and facts already stored)`;
    case 'duplicate':
      return `= ${name}: skipped, same content as document ${report.duplicateOf} already stored`;
  }
}

export function describeSummary(summary: IngestSummary): string {
  const files =
    `${summary.files} file(s) in ${summary.seconds.toFixed(1)} s: ${summary.added} added, ${summary.replaced} replaced, ` +
    `${summary.unchanged} unchanged, ${summary.duplicates} duplicate, ${summary.failed} failed; ` +
    `${summary.nodes} nodes and ${summary.relationships} relationships in the stored documents`;
  const { ownership } = summary;
  // Not running it because nothing changed is normal; any other reason is said, never silently dropped.
  const inference = ownership.ok
    ? `; ownership inference: ${ownership.edges} inferred edges for ${ownership.tasks} unowned items`
    : ownership.error === NOTHING_CHANGED
      ? ''
      : `; ownership inference not done: ${ownership.error}`;
  return files + inference;
}

/** A progress bar on stderr plus a line per file; works in CI logs too (no TTY needed). */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): Required<Pick<IngestOptions, 'onFileStart' | 'onFileDone'>> & { stop(): void } {
  const bar = new SingleBar({
    format: 'ingest [{bar}] {value}/{total} {file}',
    stream,
    noTTYOutput: !stream.isTTY,
    notTTYSchedule: 5_000,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    onFileStart(path, index, total) {
      if (!started) {
        bar.start(total, index, { file: path });
        started = true;
      }
      bar.update(index, { file: relative(process.cwd(), path) });
    },
    onFileDone(outcome, index) {
      if (stream.isTTY) bar.stop();
      stream.write(`${describeOutcome(outcome)}\n`);
      if (stream.isTTY) bar.start(bar.getTotal(), index + 1, { file: '' });
      else bar.update(index + 1, { file: '' });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
