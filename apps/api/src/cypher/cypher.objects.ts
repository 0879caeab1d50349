import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphEdgeObject, GraphNodeObject } from '../graph/graph.objects';
import { JSONScalar } from '../graph/json.scalar';

@ObjectType('CypherResult', { description: 'A read-only query result: as a table and as the graph elements found in it.' })
export class CypherResultObject {
  @Field(() => [String]) columns!: string[];
  @Field(() => [[JSONScalar]], { description: 'Cells may be null (OPTIONAL MATCH, missing properties).', nullable: 'items' }) rows!: unknown[][];
  @Field(() => Boolean, { description: 'True when the row cap cut the result.' }) truncated!: boolean;
  @Field(() => [GraphNodeObject]) nodes!: GraphNodeObject[];
  @Field(() => [GraphEdgeObject]) edges!: GraphEdgeObject[];
  @Field(() => Int) elapsedMs!: number;
}

@ObjectType('SavedQueryParam')
export class SavedQueryParamObject {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'String, Int, Float or Boolean' }) type!: string;
  @Field(() => String, { nullable: true }) defaultValue!: string | null;
  @Field(() => String) description!: string;
}

@ObjectType('SavedQuery', { description: 'A saved, parameterized pattern query from cypher/queries.' })
export class SavedQueryObject {
  @Field(() => String) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => [SavedQueryParamObject]) params!: SavedQueryParamObject[];
  @Field(() => [String]) columns!: string[];
  @Field(() => String) cypher!: string;
}
