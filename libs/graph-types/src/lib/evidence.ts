/**
 * Where a fact came from. `start`/`end` are UTF-16 offsets into the ORIGINAL document text (end exclusive),
 * so `quote === originalText.slice(start, end)` always holds, whatever normalization matching used.
 */
export interface Evidence {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** Headings from the outermost section down, e.g. ['三、重点任务', '（二）推动物流转型']. */
  readonly section: readonly string[];
}
