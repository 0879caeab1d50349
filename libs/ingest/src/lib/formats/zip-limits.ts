import { unzipSync } from 'fflate';
import { PolicyGraphError } from '@policygraph/graph-types';

/**
 * What a Word document may unpack to. A long plan's document.xml is a few MB and a .docx has a few dozen parts;
 * a zip bomb (a small file inflating to gigabytes) is refused before anything is inflated.
 */
export const DOCX_LIMITS = { maxEntries: 2_000, maxUncompressedBytes: 150 * 1024 * 1024 } as const;

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxUncompressedBytes: number;
}

/**
 * Checks the sizes a ZIP's central directory declares, inflating nothing (every entry is filtered out). Declared sizes
 * can lie: the reader that inflates afterwards runs in a worker with a memory limit for that case.
 */
export function assertZipWithinLimits(bytes: Uint8Array, fileName: string, limits: ZipLimits = DOCX_LIMITS): void {
  let entries = 0;
  let uncompressed = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries++;
        uncompressed += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName} is not a readable Word document (its ZIP container: ${error instanceof Error ? error.message : String(error)}). Open it in Word or WPS, save it again as .docx (or export PDF), and ingest that copy.`,
      { fileName },
    );
  }
  if (entries > limits.maxEntries) {
    throw new PolicyGraphError(
      'INPUT_TOO_LARGE',
      `${fileName} holds ${entries} parts; a Word document may hold at most ${limits.maxEntries}. It is not a plan as saved by Word or WPS.`,
      { fileName, entries },
    );
  }
  if (uncompressed > limits.maxUncompressedBytes) {
    const mb = (n: number): string => `${Math.round(n / 1048576)} MB`;
    throw new PolicyGraphError(
      'INPUT_TOO_LARGE',
      `${fileName} unpacks to ${mb(uncompressed)} (from ${mb(bytes.length) === '0 MB' ? `${Math.ceil(bytes.length / 1024)} KB` : mb(bytes.length)}); a Word document may unpack to at most ${mb(limits.maxUncompressedBytes)}. Refused before unpacking: it looks like a zip bomb, or split the plan.`,
      { fileName, uncompressedBytes: uncompressed },
    );
  }
}
