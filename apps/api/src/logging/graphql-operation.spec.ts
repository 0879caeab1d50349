import { graphqlOperationName } from './graphql-operation';

describe('graphqlOperationName', () => {
  it('takes the operationName the request gives', () => {
    expect(graphqlOperationName({ operationName: 'Neighbourhood', query: 'query Search { search(text: "x") { id } }' })).toBe('Neighbourhood');
  });

  it('reads the first named operation when no operationName is given', () => {
    expect(graphqlOperationName({ query: '\n  mutation IngestDocument($file: String!) { ingest(file: $file) { id } }' })).toBe('IngestDocument');
  });

  it("calls a query without a name 'anonymous'", () => {
    expect(graphqlOperationName({ query: '{ __typename }' })).toBe('anonymous');
  });

  it('is undefined for a body that is not a GraphQL request', () => {
    expect(graphqlOperationName(undefined)).toBeUndefined();
    expect(graphqlOperationName({ file: 'x' })).toBeUndefined();
  });
});
