import { execute, getOperationAST, GraphQLError, GraphQLScalarType, parse, type DocumentNode } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { compiledExecutor, type OperationExecutor } from './compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileQuery } = require('graphql-jit') as { compileQuery: jest.Mock };

const nodes = [
  { __typename: 'Department', id: 'd1', name: '省发展改革委', leads: 3 },
  { __typename: 'Goal', id: 'g1', name: '服务业增加值占比', target: { value: 53, unit: '%' } },
];

/** A schema with what the API's schema has: an interface, a JSON scalar, lists, arguments, failing and slow fields. */
const schema = makeExecutableSchema({
  typeDefs: `
    scalar JSON
    interface Entity { id: ID! name: String! }
    type Department implements Entity { id: ID! name: String! leads: Int! }
    type Goal implements Entity { id: ID! name: String! target: JSON }
    type Query {
      entities(limit: Int = 10): [Entity!]!
      entity(id: ID!): Entity
      failing: String
      required: String!
      later: [Int!]!
    }
    type Mutation { touch: Int! }
  `,
  resolvers: {
    JSON: new GraphQLScalarType({ name: 'JSON', serialize: (value) => value }),
    Entity: { __resolveType: (value: { __typename: string }) => value.__typename },
    Query: {
      entities: (_: unknown, args: { limit: number }) => nodes.slice(0, args.limit),
      entity: (_: unknown, args: { id: string }) => nodes.find((node) => node.id === args.id) ?? null,
      failing: () => {
        throw new Error('graph database unavailable');
      },
      required: () => null,
      later: async () => [1, 2, 3],
    },
    Mutation: { touch: () => 1 },
  },
});

interface Case {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

const QUERIES: readonly Case[] = [
  { name: 'interface fields and fragments', query: 'query { entities { id name ... on Department { leads } ...G } } fragment G on Goal { target }' },
  { name: 'variables with a default', query: 'query($n: Int) { entities(limit: $n) { __typename id } }', variables: { n: 1 } },
  { name: 'a missing node', query: 'query($id: ID!) { entity(id: $id) { name } }', variables: { id: 'nope' } },
  { name: 'a resolver error next to data', query: '{ failing entities { id } }' },
  { name: 'a null for a non-null field', query: '{ required }' },
  { name: 'async lists and aliases', query: '{ a: later b: entities(limit: 1) { name } }' },
  { name: 'a bad variable', query: 'query($id: ID!) { entity(id: $id) { id } }' },
  { name: 'introspection', query: '{ __typename __schema { queryType { name } types { name kind fields { name type { name ofType { name } } } } } }' },
  { name: 'a chosen operation', query: 'query One { later } query Two { entities { id } }', operationName: 'Two' },
];

function run(executor: OperationExecutor, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) {
  return executor({ document, operation: getOperationAST(document, operationName)!, operationName, contextValue: {}, variables });
}

/** Results as JSON: the same shape Apollo sends, errors included. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('compiledExecutor', () => {
  beforeEach(() => compileQuery.mockClear());

  it.each(QUERIES)('answers $name exactly as graphql-js does, before and after compiling', async ({ query, variables, operationName }) => {
    const document = parse(query);
    const expected = asJson(await execute({ schema, document, variableValues: variables ?? {}, operationName }));
    const executor = compiledExecutor(schema);
    for (let i = 0; i < 3; i++) expect(asJson(await run(executor, document, variables, operationName))).toEqual(expected);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('returns plain graphql-js errors, whose messages plugins may rewrite', async () => {
    const executor = compiledExecutor(schema, { compileAfter: 1 });
    const result = await run(executor, parse('{ failing }'));
    expect(compileQuery).toHaveBeenCalledTimes(1);
    const error = result.errors![0]!;
    expect(error.constructor).toBe(GraphQLError);
    expect(() => Object.assign(error, { message: 'rewritten' })).not.toThrow();
    expect(error.message).toBe('rewritten');
    expect(error.originalError?.message).toBe('graph database unavailable');
  });

  it('compiles a document on its second execution, once', async () => {
    const executor = compiledExecutor(schema);
    const document = parse('{ entities { id } }');
    await run(executor, document);
    expect(compileQuery).not.toHaveBeenCalled();
    await run(executor, document);
    await run(executor, document);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('compiles each operation of a document separately', async () => {
    const executor = compiledExecutor(schema, { compileAfter: 1 });
    const document = parse('query One { later } query Two { entities { id } }');
    expect(asJson(await run(executor, document, {}, 'One'))).toEqual({ data: { later: [1, 2, 3] } });
    expect(asJson(await run(executor, document, {}, 'Two'))).toEqual({ data: { entities: [{ id: 'd1' }, { id: 'g1' }] } });
    expect(compileQuery).toHaveBeenCalledTimes(2);
  });

  it('never compiles mutations, nor anything when compileAfter is 0', async () => {
    const executor = compiledExecutor(schema, { compileAfter: 1 });
    const mutation = parse('mutation { touch }');
    for (let i = 0; i < 3; i++) expect(asJson(await run(executor, mutation))).toEqual({ data: { touch: 1 } });
    const never = compiledExecutor(schema, { compileAfter: 0 });
    const query = parse('{ later }');
    for (let i = 0; i < 3; i++) expect(asJson(await run(never, query))).toEqual({ data: { later: [1, 2, 3] } });
    expect(compileQuery).not.toHaveBeenCalled();
  });

  it('keeps running an operation graphql-jit cannot compile on graphql-js', async () => {
    compileQuery.mockImplementationOnce(() => {
      throw new Error('unsupported');
    });
    const executor = compiledExecutor(schema, { compileAfter: 1 });
    const document = parse('{ entities { id } }');
    for (let i = 0; i < 2; i++) expect(asJson(await run(executor, document))).toEqual({ data: { entities: [{ id: 'd1' }, { id: 'g1' }] } });
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });
});
