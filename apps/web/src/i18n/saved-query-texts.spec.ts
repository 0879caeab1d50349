import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAVED_QUERY_TEXTS } from './saved-query-texts';

// Read as files (the web may not import the query lib): each query's id and the names of its `// param:` lines.
const QUERIES_DIR = join(__dirname, '..', '..', '..', '..', 'cypher', 'queries');
const queries = readdirSync(QUERIES_DIR)
  .filter((file) => file.endsWith('.cypher'))
  .map((file) => ({
    id: file.replace(/\.cypher$/, ''),
    params: [...readFileSync(join(QUERIES_DIR, file), 'utf8').matchAll(/^\/\/ param: (\w+)/gm)].map((match) => ({ name: match[1]! })),
  }));

describe('saved query texts', () => {
  it('gives every saved query a Chinese title and description and names each parameter in both languages', () => {
    expect(queries.length).toBeGreaterThan(0);
    for (const language of ['zh', 'en'] as const) expect(Object.keys(SAVED_QUERY_TEXTS[language]).sort()).toEqual(queries.map((query) => query.id).sort());
    for (const query of queries) {
      const zh = SAVED_QUERY_TEXTS.zh[query.id]!;
      expect({ id: query.id, title: Boolean(zh.title), description: Boolean(zh.description) }).toEqual({ id: query.id, title: true, description: true });
      for (const language of ['zh', 'en'] as const) {
        expect({ id: query.id, language, params: Object.keys(SAVED_QUERY_TEXTS[language][query.id]!.params).sort() }).toEqual({
          id: query.id,
          language,
          params: query.params.map((param) => param.name).sort(),
        });
      }
    }
  });
});
