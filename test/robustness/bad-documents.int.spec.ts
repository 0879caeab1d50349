import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { ingestPaths } from '@policygraph/ingest';
import { graphql, ROOT, SEEDS_DIR, startAppServer, type AppServer } from '../support/app-server';

const SEED = {
  yunnan: join(SEEDS_DIR, '000_ad0bcd6cafebff4e.txt'),
  chongqing: join(SEEDS_DIR, '001_3a734993eeac515a.txt'),
  hunan: join(SEEDS_DIR, '002_897085f89d9a9635.txt'),
  kunming: join(SEEDS_DIR, '003_a97a7df350ddcfd5.txt'),
  qinghai: join(SEEDS_DIR, '004_6c3dd93e6ca21e83.txt'),
};

const NOVEL = `It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness.
There were a king with a large jaw and a queen with a plain face, on the throne of England.\n`.repeat(40);

/** One file per kind of bad input an analyst's folder really contains, next to good plans in three encodings. */
function writeMixedFolder(folder: string): void {
  copyFileSync(SEED.qinghai, join(folder, 'a-qinghai.txt'));
  copyFileSync(SEED.qinghai, join(folder, 'qinghai-copy.txt'));
  writeFileSync(join(folder, 'chongqing-gbk.txt'), iconv.encode(readFileSync(SEED.chongqing, 'utf8'), 'gb18030'));
  writeFileSync(join(folder, 'hunan-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(readFileSync(SEED.hunan, 'utf8'), 'utf-16le')]));
  const broken = Buffer.from(readFileSync(SEED.yunnan, 'utf8'));
  broken[5000] = 0xff;
  broken[9000] = 0xc0;
  writeFileSync(join(folder, 'yunnan-damaged.txt'), broken);
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'logo.png'), Buffer.concat([Buffer.from('\u0089PNG\r\n\u001a\n', 'latin1'), Buffer.alloc(256)]));
  writeFileSync(join(folder, 'plans.zip'), Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(256)]));
  writeFileSync(join(folder, 'novel.txt'), NOVEL);
  // ~50 MB: every seed many times over, as when a whole folder was concatenated by mistake.
  const all = Object.values(SEED)
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  writeFileSync(join(folder, 'everything.txt'), all.repeat(Math.ceil(50e6 / Buffer.byteLength(all))));
}

/** A document's own stated facts. Inferred ownership is left out: it is recomputed from the whole corpus by design. */
async function documentFacts(server: AppServer, documentId: string): Promise<string> {
  const { records } = await server.connection.driver.executeQuery(
    `MATCH (n:Entity {documentId: $id}) OPTIONAL MATCH (n)-[r]->(m) WHERE coalesce(r.basis, '') <> 'inferred'
     RETURN n.id AS id, properties(n) AS props, collect([type(r), m.id]) AS edges ORDER BY id`,
    { id: documentId },
  );
  return JSON.stringify(records.map((r) => [r.get('id'), r.get('props'), (r.get('edges') as unknown[]).map(String).sort()]));
}

describe('bad documents through the CLI and the upload API', () => {
  const folder = mkdtempSync(join(tmpdir(), 'policygraph-bad-'));
  let server: AppServer;
  let kunmingBefore: string;

  beforeAll(async () => {
    writeMixedFolder(folder);
    server = await startAppServer();
    const session = server.connection.driver.session();
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    await session.close();
    await ingestPaths(server.connection, [SEED.kunming]);
    kunmingBefore = await documentFacts(server, '003_a97a7df350ddcfd5');
  });

  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores the good files of a mixed folder, names each bad file with its problem, exits 1 and changes nothing else', () => {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/ingest.main.ts'), folder, join(folder, 'missing.txt')], {
      cwd: ROOT,
      env: { ...process.env },
      encoding: 'utf8',
      timeout: 180_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).toBe(1);
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    const line = (file: string): string => output.split('\n').find((l) => l.includes(file) && /^[+=✗↻]/.test(l.trim())) ?? `(no line for ${file})`;
    expect(line('a-qinghai.txt')).toMatch(/^\+ .*a-qinghai\.txt: added/);
    expect(line('qinghai-copy.txt')).toMatch(/skipped, same content as document a-qinghai already stored/);
    expect(line('chongqing-gbk.txt')).toMatch(/added/);
    expect(line('hunan-utf16.txt')).toMatch(/added/);
    expect(line('yunnan-damaged.txt')).toMatch(/✗ .*yunnan-damaged\.txt is UTF-8 text with invalid byte sequences .*re-save it as UTF-8/);
    expect(line('empty.txt')).toMatch(/✗ .*empty\.txt is empty/);
    expect(line('logo.png')).toMatch(/✗ .*logo\.png is a PNG image, not a document/);
    expect(line('plans.zip')).toMatch(/✗ .*plans\.zip/);
    expect(line('novel.txt')).toMatch(/✗ .*novel\.txt: no plan structure found/);
    expect(line('everything.txt')).toMatch(/✗ .*everything\.txt has [\d.]+ million characters.*Split it/);
    expect(line('missing.txt')).toMatch(/✗ .*missing\.txt does not exist/);
    expect(output).toMatch(/3 added, 0 replaced, 0 unchanged, 1 duplicate, 7 failed/);
  });

  it('decodes GBK and UTF-16 plans without mojibake and leaves the document stored before untouched', async () => {
    const { records } = await server.connection.driver.executeQuery(
      'MATCH (d:Document)-[:ABOUT]->(r:Region) RETURN d.documentId AS id, r.name AS region ORDER BY id',
    );
    expect(Object.fromEntries(records.map((r) => [r.get('id'), r.get('region')]))).toEqual({
      '003_a97a7df350ddcfd5': '昆明市',
      'chongqing-gbk': '重庆市',
      'hunan-utf16': '湖南省',
      'a-qinghai': '青海省',
    });
    expect(await documentFacts(server, '003_a97a7df350ddcfd5')).toBe(kunmingBefore);
  });

  it('gives the same clear errors through the upload API, with stable codes', async () => {
    const upload = (fileName: string, bytes: Buffer) =>
      graphql<{ ingestDocument: { status: string; encoding: string } }>(
        server.url,
        'mutation($f: String!, $c: String!) { ingestDocument(fileName: $f, contentBase64: $c) { status encoding } }',
        { f: fileName, c: bytes.toString('base64') },
      );
    const png = await upload('logo.png', readFileSync(join(folder, 'logo.png')));
    expect(png.errors?.[0]).toMatchObject({
      message: expect.stringContaining('logo.png is a PNG image'),
      extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT_BINARY' },
    });
    const damaged = await upload('yunnan-damaged.txt', readFileSync(join(folder, 'yunnan-damaged.txt')));
    expect(damaged.errors?.[0]?.extensions?.reason).toBe('INPUT_UNREADABLE');
    const novel = await upload('novel.txt', readFileSync(join(folder, 'novel.txt')));
    expect(novel.errors?.[0]?.extensions?.reason).toBe('INPUT_NO_STRUCTURE');
    const gbk = await upload('chongqing-gbk.txt', readFileSync(join(folder, 'chongqing-gbk.txt')));
    expect(gbk.data?.ingestDocument).toEqual({ status: 'unchanged', encoding: 'gb18030' });
    expect(await documentFacts(server, '003_a97a7df350ddcfd5')).toBe(kunmingBefore);
  });

  it('refuses an oversized request body before parsing it', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($c: String!) { ingestDocument(fileName: "big.txt", contentBase64: $c) { status } }',
        variables: { c: 'A'.repeat(40 * 1024 * 1024) },
      }),
    });
    expect(response.status).toBe(413);
  });
});
