import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentReaderPool } from './document-reader-pool';

const SEED = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'seeds', '004_6c3dd93e6ca21e83.txt'));

describe('DocumentReaderPool', () => {
  it('reads and extracts a plan in a worker, reusing the worker for the next one', async () => {
    const pool = new DocumentReaderPool({ workers: 1, maxQueued: 4, timeoutMs: 60_000, maxHeapMb: 512 });
    try {
      const [a, b] = await Promise.all([pool.prepare(SEED, 'a.txt'), pool.prepare(SEED, 'b.txt')]);
      expect(a.document.documentId).toBe('a');
      expect(b.document.contentHash).toBe(a.document.contentHash);
      expect(a.batch.nodes.size).toBeGreaterThan(3);
    } finally {
      await pool.close();
    }
  });

  it('stops a document past the wall-clock limit and names it; the next document gets a fresh worker', async () => {
    const pool = new DocumentReaderPool({ workers: 1, maxQueued: 4, timeoutMs: 30, maxHeapMb: 512 });
    try {
      await expect(pool.prepare(SEED, 'slow.txt')).rejects.toMatchObject({
        code: 'INPUT_TOO_LARGE',
        message: expect.stringMatching(/^slow\.txt \(0\.0 MB\): reading and extracting took longer than 0\.03 s/),
      });
    } finally {
      await pool.close();
    }
  });

  it('stops a worker that runs out of its heap and says so, naming the file', async () => {
    const pool = new DocumentReaderPool({ workers: 1, maxQueued: 4, timeoutMs: 60_000, maxHeapMb: 8 });
    try {
      await expect(pool.prepare(Buffer.concat(Array.from({ length: 40 }, () => SEED)), 'greedy.txt')).rejects.toMatchObject({
        code: 'INPUT_TOO_LARGE',
        message: expect.stringMatching(/^greedy\.txt \([\d.]+ MB\) needs more than 8 MB of memory to read/),
      });
    } finally {
      await pool.close();
    }
  });

  it('refuses at once when too many documents are waiting', async () => {
    const pool = new DocumentReaderPool({ workers: 1, maxQueued: 1, timeoutMs: 60_000, maxHeapMb: 512 });
    try {
      const first = pool.prepare(SEED, 'first.txt');
      const second = pool.prepare(SEED, 'second.txt');
      await expect(pool.prepare(SEED, 'third.txt')).rejects.toMatchObject({
        message: expect.stringMatching(/^third\.txt: 2 documents are being read already/),
      });
      await Promise.all([first, second]);
    } finally {
      await pool.close();
    }
  });
});
