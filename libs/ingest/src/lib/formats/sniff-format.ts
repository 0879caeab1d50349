import { extname } from 'node:path';
import { PolicyGraphError } from '@policygraph/graph-types';
import type { DocumentFormat } from './extracted-text';

const SUPPORTED = 'Supported inputs: .txt, .pdf with a text layer, .docx, .html.';
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml']);

/**
 * Which reader a file needs: its content decides (a PDF signature, a ZIP holding word/document.xml, an HTML start
 * tag), its extension only when the content is ambiguous. Portals serve HTML under .doc names, so a name alone never
 * makes a file binary. Known formats that cannot be read are refused here, each with what to do instead.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const extension = extname(fileName).toLowerCase();
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf'; // the spec allows junk before the signature
  if (head.startsWith('PK\u0003\u0004')) return zipFormat(bytes, fileName);
  if (head.startsWith('\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1')) throw legacyOffice(fileName, extension);
  if (head.startsWith('{\\rtf')) {
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName} is an RTF file, which PolicyGraph cannot read. Open it in Word or WPS, save it as .docx or PDF, and ingest that file.`,
      { fileName },
    );
  }
  const image = imageKind(head);
  if (image !== null) {
    throw new PolicyGraphError('INPUT_BINARY', `${fileName} is ${image}, not a document: its text is pixels and there is no OCR. ${SUPPORTED}`, { fileName });
  }
  const isHtml = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s[^>]*charset/i.test(head);
  if (extension === '.pdf') {
    // Usually a failed download: the portal's error or login page saved under the document's name.
    const what = isHtml ? 'an HTML page' : 'not a PDF (no %PDF- signature)';
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName} is named .pdf but is ${what}: the download probably failed or saved an error page. Download it again.`,
      { fileName },
    );
  }
  if (isHtml || HTML_EXTENSIONS.has(extension)) return 'html';
  if (extension === '.docx') {
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName} is named .docx but is not a Word document (not a ZIP package). Open it in Word or WPS, save it as .docx again, and ingest that copy.`,
      { fileName },
    );
  }
  return 'text';
}

/** Office Open XML packages are ZIP files; the entry names sit uncompressed in the ZIP directory. */
function zipFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (zip.includes('word/document.xml')) return 'docx';
  const kind = zip.includes('xl/workbook.xml')
    ? 'an Excel workbook (.xlsx)'
    : zip.includes('ppt/presentation.xml')
      ? 'a PowerPoint presentation (.pptx)'
      : zip.includes('OFD.xml')
        ? "an OFD document (China's fixed-layout format); export it to PDF"
        : 'a ZIP archive; unzip it and ingest the folder';
  throw new PolicyGraphError('INPUT_BINARY', `${fileName} is ${kind}, not a document PolicyGraph reads. ${SUPPORTED}`, { fileName });
}

function legacyOffice(fileName: string, extension: string): PolicyGraphError {
  const kind =
    extension === '.xls'
      ? 'a legacy Excel .xls workbook'
      : extension === '.ppt'
        ? 'a legacy PowerPoint .ppt file'
        : 'a legacy Word .doc file (binary format, also used by WPS)';
  return new PolicyGraphError(
    'INPUT_UNREADABLE',
    `${fileName} is ${kind}, which PolicyGraph cannot read. Open it in Word or WPS, save it as .docx or PDF, and ingest that file.`,
    { fileName },
  );
}

function imageKind(head: string): string | null {
  if (head.startsWith('\u0089PNG')) return 'a PNG image';
  if (head.startsWith('\u00FF\u00D8\u00FF')) return 'a JPEG image';
  if (head.startsWith('GIF8')) return 'a GIF image';
  if (head.startsWith('II*\u0000') || head.startsWith('MM\u0000*')) return 'a TIFF image';
  return null;
}
