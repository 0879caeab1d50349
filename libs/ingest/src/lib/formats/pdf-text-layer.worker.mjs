// Reads the text layer of one PDF with pdfjs-dist and posts it back as plain items (see pdf-text-layer.ts).
//
// Why a worker thread: pdfjs-dist 5 is ESM only, and the CommonJS side of this repo cannot always import it (jest's
// module runtime refuses ESM without --experimental-vm-modules). A worker is a plain Node context, so the import
// just works under jest, swc-node and a build alike; it also lets the caller stop a PDF that makes pdfjs spin.
// Plain JavaScript because a worker does not get the TypeScript loader of its parent.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('pdfjs-dist/package.json'));

try {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: workerData.bytes,
    // CJK PDFs from Word/WPS often use non-embedded Adobe-GB1 fonts: their text needs the package's CMaps.
    cMapUrl: join(packageDir, 'cmaps') + sep,
    cMapPacked: true,
    standardFontDataUrl: join(packageDir, 'standard_fonts') + sep,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const items = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.length === 0) continue; // marked-content markers and empty EOL markers
      const [a, b, c, d, x, y] = item.transform;
      items.push({ text: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d), rotated: Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a < 0 });
    }
    pages.push({ items });
    page.cleanup();
  }
  await document.destroy();
  parentPort.postMessage({ ok: true, pages });
} catch (error) {
  parentPort.postMessage({ ok: false, name: error?.name ?? 'Error', message: error?.message ?? String(error) });
}
