// Times extraction and the NFKC-plus-split floor over the default corpus inside a worker thread, so bench:extract
// measures extraction under the V8 limits the ingest's reader workers run it with (see extract.bench.ts).
// Plain JavaScript because a worker does not get its parent's TypeScript loader: it registers the same one itself.
'use strict';
require('@swc-node/register');
const { parentPort, workerData } = require('node:worker_threads');
const { extractDocument } = require('@policygraph/extract');
const { seedFiles } = require('./seed-files.ts');

const texts = seedFiles();

/** The floor: what any extractor must at least do (normalize, split into sentences). */
function bareNormalizeAndSplit(text) {
  return text.normalize('NFKC').split(/[。！？；\n]/).length;
}

function timeRounds(rounds, run) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

// Warm-up: the JIT and the lazily built dictionaries (automata) are not what we measure.
for (let i = 0; i < 3; i++) for (const { file, text } of texts) extractDocument(text, { documentId: file, fileName: file });

let facts = 0;
const extraction = timeRounds(workerData.rounds, () => {
  facts = 0;
  for (const { file, text } of texts) {
    const result = extractDocument(text, { documentId: file, fileName: file });
    facts += result.nodes.length + result.relationships.length;
  }
});
let sentences = 0;
const floor = timeRounds(workerData.rounds, () => {
  sentences = 0;
  for (const { text } of texts) sentences += bareNormalizeAndSplit(text);
});
parentPort.postMessage({
  documents: texts.length,
  utf8Bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t.text, 'utf8'), 0),
  facts,
  sentences,
  extraction,
  floor,
});
