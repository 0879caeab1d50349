import { buildPatternQuery, nodeVariables, type Pattern, type PatternSchema } from './pattern-query';

const schema: PatternSchema = {
  labels: ['Department', 'Project', 'Goal', 'Indicator', 'Weird`Label'],
  relationshipTypes: ['RESPONSIBLE', 'PURSUED_BY', 'MEASURED_BY'],
  propertyKeys: ['name', 'region', 'targetYear', 'bad-key'],
};

const chain: Pattern = {
  start: 'Department',
  hops: [
    { type: 'RESPONSIBLE', direction: 'in', label: 'Project' },
    { type: 'PURSUED_BY', direction: 'in', label: 'Goal' },
  ],
  filters: [],
  limit: 100,
};

describe('buildPatternQuery', () => {
  it('writes a read-only MATCH … RETURN … LIMIT along the path, in the chosen directions', () => {
    const query = buildPatternQuery(chain, schema);
    expect(query).toEqual({
      ok: true,
      cypher:
        'MATCH (department:Department)<-[r1:RESPONSIBLE]-(project:Project)<-[r2:PURSUED_BY]-(goal:Goal)\nRETURN department, r1, project, r2, goal\nLIMIT 100',
      params: {},
    });
  });

  it('sends filter values as parameters and never splices them into the text', () => {
    const hostile = "商务' }) DETACH DELETE n //";
    const query = buildPatternQuery({ ...chain, filters: [{ node: 0, property: 'name', operator: 'CONTAINS', value: hostile }] }, schema);
    if (!query.ok) throw new Error(query.error.code);
    expect(query.cypher).toContain('WHERE department.name CONTAINS $p0');
    expect(query.cypher).not.toContain('DELETE');
    expect(query.params).toEqual({ p0: hostile.trim() });
  });

  it('compares equality as text and order as numbers', () => {
    const query = buildPatternQuery(
      {
        start: 'Goal',
        hops: [{ type: 'MEASURED_BY', direction: 'out', label: 'Indicator' }],
        filters: [
          { node: 1, property: 'targetYear', operator: '<=', value: '2022' },
          { node: 0, property: 'region', operator: '=', value: '重庆市' },
        ],
        limit: 10,
      },
      schema,
    );
    if (!query.ok) throw new Error(query.error.code);
    expect(query.cypher).toBe(
      'MATCH (goal:Goal)-[r1:MEASURED_BY]->(indicator:Indicator)\nWHERE indicator.targetYear <= $p0\n  AND toString(goal.region) = $p1\nRETURN goal, r1, indicator\nLIMIT 10',
    );
    expect(query.params).toEqual({ p0: 2022, p1: '重庆市' });
  });

  it.each([
    [{ ...chain, start: 'Person' }, 'UNKNOWN_LABEL', 'Person'],
    [{ ...chain, start: 'Weird`Label' }, 'UNKNOWN_LABEL', 'Weird`Label'],
    [{ ...chain, hops: [{ type: 'KNOWS', direction: 'out' as const, label: 'Project' }] }, 'UNKNOWN_TYPE', 'KNOWS'],
    [
      { ...chain, filters: [{ node: 0, property: 'name) DETACH DELETE (x', operator: '=' as const, value: 'x' }] },
      'UNKNOWN_PROPERTY',
      'name) DETACH DELETE (x',
    ],
    [{ ...chain, filters: [{ node: 0, property: 'bad-key', operator: '=' as const, value: 'x' }] }, 'UNKNOWN_PROPERTY', 'bad-key'],
    [{ ...chain, filters: [{ node: 0, property: 'name', operator: '=~' as never, value: '.*' }] }, 'UNKNOWN_OPERATOR', '=~'],
    [{ ...chain, filters: [{ node: 5, property: 'name', operator: '=' as const, value: 'x' }] }, 'BAD_FILTER_NODE', '5'],
    [{ ...chain, filters: [{ node: 0, property: 'name', operator: '=' as const, value: '  ' }] }, 'EMPTY_VALUE', 'department.name'],
    [{ ...chain, filters: [{ node: 0, property: 'targetYear', operator: '>' as const, value: '二〇二五' }] }, 'NOT_A_NUMBER', '二〇二五'],
    [{ ...chain, limit: 0 }, 'BAD_LIMIT', '0'],
    [{ ...chain, limit: 2.5 }, 'BAD_LIMIT', '2.5'],
  ])('refuses %j with %s', (pattern, code, detail) => {
    const filter = code === 'EMPTY_VALUE' ? { filter: 0 } : {};
    expect(buildPatternQuery(pattern, schema)).toEqual({ ok: false, error: { code, detail, ...filter } });
  });
});

describe('nodeVariables', () => {
  it('names variables after labels and numbers repeats', () => {
    expect(nodeVariables(['Project', 'Department', 'Project'])).toEqual(['project1', 'department', 'project2']);
  });
});
