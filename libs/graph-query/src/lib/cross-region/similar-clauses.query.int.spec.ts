import { PolicyGraphError } from '@policygraph/graph-types';
import { useTestNeo4j } from '@policygraph/testing-neo4j';
import { CLAUSE_TERMS_INDEX, clauseTermsQuery, similarClauses } from './similar-clauses.query';

/**
 * Goals and projects with stored words, as ingest leaves them. The source's words include Lucene query syntax
 * ("AND, (, OR, NOT, a trailing backslash, C++), which must be matched as words, never read as syntax.
 */
const CLAUSES = [
  { id: 's', label: 'Project', region: '甲省', terms: ['"AND', '(', 'OR', 'NOT', 'x\\', 'C++', '夸克物流', '夸克供应链', '夸克冷链', '夸克物流'] },
  { id: 'same-region', label: 'Project', region: '甲省', terms: ['夸克物流', '夸克供应链', '夸克冷链', '"AND', '('] },
  { id: 'three-words', label: 'Goal', region: '乙省', terms: ['夸克物流', '夸克供应链', '夸克冷链'] },
  { id: 'syntax-words', label: 'Project', region: '丙省', terms: ['"AND', '填充一', '填充二', '填充三'] },
  { id: 'one-word', label: 'Project', region: '乙省', terms: ['夸克物流', '填充一', '填充二', '填充三'] },
  { id: 'unrelated', label: 'Project', region: '乙省', terms: ['夸克养老', 'AND'] },
];

describe('similarClauses (Neo4j full-text index clause_terms_search)', () => {
  const db = useTestNeo4j();

  beforeAll(async () => {
    for (const clause of CLAUSES) {
      const label = clause.label === 'Goal' ? 'Goal' : 'Project';
      await db.connection.driver.executeQuery(
        `CREATE (:Entity:${label} {id: $id, label: $label, name: $id, region: $region, terms: $terms, bodyText: '条文' + $id})`,
        clause,
      );
    }
  });

  it('is created by the schema setup over the stored words of goals, projects and tasks, with the whitespace analyzer', async () => {
    const { records } = await db.connection.driver.executeQuery(
      'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state WHERE name = $name RETURN labelsOrTypes, properties, options, state',
      { name: CLAUSE_TERMS_INDEX },
    );
    expect(records).toHaveLength(1);
    expect([...(records[0]!.get('labelsOrTypes') as string[])].sort()).toEqual(['Goal', 'Project', 'Task']);
    expect(records[0]!.get('properties')).toEqual(['terms']);
    expect((records[0]!.get('options') as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('whitespace');
    expect(records[0]!.get('state')).toBe('ONLINE');
  });

  it('ranks clauses of other regions by BM25, best first, skipping the source region and clauses sharing no word', async () => {
    const { source, similar } = await similarClauses(db.connection, 's', 10);
    expect(source).toMatchObject({ id: 's', region: '甲省', quote: '条文s' });
    expect(similar.map((hit) => hit.clause.id)).toEqual(['three-words', 'syntax-words', 'one-word']);
    for (let i = 1; i < similar.length; i++) expect(similar[i]!.score).toBeLessThan(similar[i - 1]!.score);
    expect(similar[0]!.clause).toMatchObject({ label: 'Goal', region: '乙省', quote: '条文three-words' });
  });

  it('matches words made of query syntax as words', async () => {
    const { similar } = await similarClauses(db.connection, 's', 10);
    expect(similar.find((hit) => hit.clause.id === 'syntax-words')!.sharedTerms).toEqual(['"AND']);
    // The word AND is not the source's "AND: the escaped quote stayed part of the word.
    expect(similar.some((hit) => hit.clause.id === 'unrelated')).toBe(false);
    const { records } = await db.connection.driver.executeQuery('CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id AS id', {
      index: CLAUSE_TERMS_INDEX,
      query: clauseTermsQuery(['"AND (', 'x\\', 'NOT']),
    });
    expect(records[0]!.get('id')).toBe('s');
    expect(records.map((record) => record.get('id'))).not.toContain('unrelated');
  });

  it('lists shared words most specific first: used by fewer clauses, then in locale order', async () => {
    const { similar } = await similarClauses(db.connection, 's', 10);
    // 夸克供应链 and 夸克冷链 are used by three clauses (the source, its region's other clause and this one), 夸克物流 by four.
    expect(similar[0]!.sharedTerms).toEqual([...['夸克冷链', '夸克供应链'].sort((a, b) => a.localeCompare(b)), '夸克物流']);
    expect(similar[2]!.sharedTerms).toEqual(['夸克物流']);
  });

  it('sees a clause stored after the first question (Neo4j keeps the index current), and caps the limit', async () => {
    await db.connection.driver.executeQuery(
      "CREATE (:Entity:Project {id: 'late', label: 'Project', name: 'late', region: '丁省', terms: ['夸克物流', '夸克供应链', '夸克冷链', 'C++']})",
    );
    const { similar } = await similarClauses(db.connection, 's', 1);
    expect(similar.map((hit) => hit.clause.id)).toEqual(['late']);
  });

  it('answers NOT_FOUND for an id that is no goal or project', async () => {
    await expect(similarClauses(db.connection, 'nothing-here', 5)).rejects.toThrow(PolicyGraphError);
    await expect(similarClauses(db.connection, 'nothing-here', 5)).rejects.toThrow('no goal or project with id nothing-here');
  });
});
