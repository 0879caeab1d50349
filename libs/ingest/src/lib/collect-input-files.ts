import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface InputFile {
  readonly path: string;
  /** Set when the path itself does not exist; the ingest reports it as that path's error. */
  readonly missing?: true;
}

/** A folder's catalogue of its documents (file, title, source), kept beside them: not a document itself. */
export const FOLDER_MANIFEST = 'manifest.csv';

/**
 * Expands files and folders (recursively, sorted, hidden entries and folder manifests skipped) into the files to
 * ingest. Every other file in a folder is taken, whatever its extension, so an unusable one gets a clear per-file
 * error instead of being skipped silently. A file named explicitly is always taken.
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
    if (entry.name.startsWith('.') || entry.name.toLowerCase() === FOLDER_MANIFEST) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push({ path });
  }
  return out;
}
