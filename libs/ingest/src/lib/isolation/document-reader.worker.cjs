// Runs prepareDocument (read any format, extract) for a DocumentReaderPool, one job at a time, in a worker thread
// with its own heap limit: a document that needs too much memory kills this worker, not the process that serves.
// Plain JavaScript because a worker does not get its parent's TypeScript loader: it registers the same one itself.
'use strict';
require('@swc-node/register');
const { parentPort } = require('node:worker_threads');
const { prepareDocument } = require('./prepare-document.ts');

parentPort.on('message', async (job) => {
  try {
    const prepared = await prepareDocument(new Uint8Array(job.bytes), job.fileName);
    parentPort.postMessage({ id: job.id, ok: true, prepared });
  } catch (error) {
    const known = error && error.name === 'PolicyGraphError';
    parentPort.postMessage({
      id: job.id,
      ok: false,
      code: known ? error.code : 'INPUT_UNREADABLE',
      message: known ? error.message : `${job.fileName} could not be read (${error instanceof Error ? error.message : String(error)}).`,
      details: known ? error.details : { fileName: job.fileName },
    });
  }
});
