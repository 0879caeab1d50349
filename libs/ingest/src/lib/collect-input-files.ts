import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface InputFile {
  readonly path: string;
  /** Set when the path itself does not exist; the ingest reports it as that path's error. */
  readonly missing?: true;
}

/**
 * Expands files and folders (recursively, sorted, hidden entries skipped) into the files to ingest. Every file in a
 * folder is taken, whatever its extension, so an unusable one gets a clear per-file error instead of being skipped
 * silently.
 */
export async function collectInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) out.push({ path, missing: true });
    else if (info.isDirectory()) out.push(...(await walk(path)));
    else out.push({ path });
  }
  return out;
}

async function walk(folder: string): Promise<InputFile[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: InputFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push({ path });
  }
  return out;
}
