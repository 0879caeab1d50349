import * as iconv from 'iconv-lite';
import { PolicyGraphError } from '@policygraph/graph-types';
import { decodeText } from '../decode-text';

export interface DecodedHtml {
  readonly html: string;
  /** The decoder used: 'utf-8', 'gb18030' (for any GB2312/GBK/GB18030 label), 'big5', … */
  readonly encoding: string;
}

/** The GB family: GB18030 decodes every GB2312 and GBK byte sequence the same way, and more. */
const GB_LABELS = new Set(['gb2312', 'gbk', 'x-gbk', 'gb18030', 'cp936', 'windows-936', 'ms936', 'euc-cn', 'csgb2312', 'chinese', 'iso-ir-58']);
/** The bytes a browser pre-scans for a charset declaration (HTML standard: 1024; portals sometimes put it later). */
const PRESCAN_BYTES = 4096;

/**
 * Decodes an HTML page the way a browser would: a byte-order mark wins, then the page's own <meta charset> or
 * http-equiv Content-Type declaration, then the bytes themselves (strict UTF-8, else GB18030). Many government portals
 * still serve GBK, so `buffer.toString()` would turn them into mojibake. A page declared UTF-8 whose bytes are not
 * UTF-8 is a mislabelled GBK page, and is decoded from its bytes.
 */
export function decodeHtml(bytes: Uint8Array, fileName: string): DecodedHtml {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = hasBom ? null : declaredCharset(bytes);
  if (declared !== null && declared !== 'utf-8') {
    const decoder = GB_LABELS.has(declared) ? 'gb18030' : declared;
    if (iconv.encodingExists(decoder)) return { html: iconv.decode(Buffer.from(bytes), decoder), encoding: decoder };
  }
  if (hasBom) {
    const { text, encoding } = decodeText(bytes, fileName);
    return { html: text, encoding };
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Markup is ASCII, so unlike plain text a CJK share cannot be asked for: any clean GB18030 decoding is taken.
    const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (!gb.includes('\uFFFD')) return { html: gb, encoding: 'gb18030' };
  }
  throw new PolicyGraphError(
    'INPUT_UNREADABLE',
    `${fileName}: the page ${declared === null ? 'declares no charset' : `declares ${declared}`} but its bytes are neither UTF-8 nor GBK. Save it again from the browser (Save page as…, HTML only) and ingest that copy.`,
    { fileName },
  );
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase().replace(/^utf8$/, 'utf-8') : null;
}
