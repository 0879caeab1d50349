import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** Arbitrary JSON for property maps and Cypher rows, whose shape the schema cannot know. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: property maps, Cypher result cells, query parameters.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: function parse(ast: ValueNode): unknown {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      case Kind.LIST:
        return ast.values.map(parse);
      case Kind.OBJECT:
        return Object.fromEntries(ast.fields.map((field) => [field.name.value, parse(field.value)]));
      default:
        return null;
    }
  },
});
