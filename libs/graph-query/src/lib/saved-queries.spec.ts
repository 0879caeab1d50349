import { loadSavedQueries, parseSavedQuery, savedQueryParams } from './saved-queries';

describe('parseSavedQuery', () => {
  const source = [
    '// title: Departments of a region',
    '// description: Every department of a region',
    '// with its task count.',
    '// param: region String = 青海省 — the region to show',
    '// param: limit Int = 25',
    '// columns: department, tasks',
    'MATCH (d:Department {region: $region}) RETURN d.name AS department LIMIT $limit;',
  ].join('\n');

  it('reads title, multi-line description, typed parameters with defaults and columns from the header', () => {
    const query = parseSavedQuery('departments', source);
    expect(query.title).toBe('Departments of a region');
    expect(query.description).toBe('Every department of a region with its task count.');
    expect(query.params).toEqual([
      { name: 'region', type: 'String', defaultValue: '青海省', description: 'the region to show' },
      { name: 'limit', type: 'Int', defaultValue: '25', description: '' },
    ]);
    expect(query.columns).toEqual(['department', 'tasks']);
    expect(query.cypher).toBe('MATCH (d:Department {region: $region}) RETURN d.name AS department LIMIT $limit');
  });

  it('converts given values to the declared types and refuses wrong ones', () => {
    const query = parseSavedQuery('departments', source);
    expect(savedQueryParams(query, { limit: '7' })).toEqual({ region: '青海省', limit: 7 });
    expect(() => savedQueryParams(query, { limit: 'seven' })).toThrow('limit must be a whole number');
    expect(() => savedQueryParams(query, { nope: 1 })).toThrow('has no parameter nope');
  });
});

describe('loadSavedQueries', () => {
  it('finds every shipped query with a title, a description and Cypher', () => {
    const queries = loadSavedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(5);
    for (const query of queries) {
      expect(query.title).not.toBe(query.id);
      expect(query.description.length).toBeGreaterThan(10);
      expect(query.cypher).toMatch(/RETURN/);
    }
  });
});
