import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECTOR_TYPE_NAMES } from './sector-type-names';

// Read as a file: the web may not import the extraction lib.
const TAXONOMY = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'libs', 'extract', 'data', 'sector-taxonomy.json'), 'utf8')) as {
  types: { key: string; name: string }[];
};

describe('sector type names', () => {
  it('names every sector type of the taxonomy in both languages, the Chinese name being the taxonomy’s', () => {
    expect(SECTOR_TYPE_NAMES.zh).toEqual(Object.fromEntries(TAXONOMY.types.map((type) => [type.key, type.name])));
    expect(Object.keys(SECTOR_TYPE_NAMES.en).sort()).toEqual(TAXONOMY.types.map((type) => type.key).sort());
  });
});
