import { graphChecksum } from '@policygraph/graph-store';
import { graphql, startAppServer, type AppServer } from '../../../../test/support/app-server';

const INGEST = 'mutation($f: String!, $c: String!) { ingestDocument(fileName: $f, contentBase64: $c) { documentId status } }';

// The limit reaches the resolver through the validated configuration (MAX_UPLOAD_BYTES → ConfigService).
describe('upload limit', () => {
  let server: AppServer;

  beforeAll(async () => {
    server = await startAppServer({ maxUploadBytes: 2 * 1024 * 1024 });
  });
  afterAll(() => server.close());

  it('refuses a document over MAX_UPLOAD_BYTES before reading it, naming the file and the limit', async () => {
    const before = await graphChecksum(server.connection);
    // 2.12 MB: over the limit, yet its base64 fits the HTTP body limit (1.4 × the limit + 64 KB), so the resolver decides.
    const content = Buffer.alloc(Math.round(2.12 * 1024 * 1024), '发展').toString('base64');
    const response = await graphql(server.url, INGEST, { f: 'too-big.txt', c: content });
    expect(response.errors?.[0]).toMatchObject({
      message: "too-big.txt is larger than the 2 MB upload limit. Use 'npm run ingest' for large files.",
      extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT_TOO_LARGE' },
    });
    expect(await graphChecksum(server.connection)).toBe(before);
  });
});
