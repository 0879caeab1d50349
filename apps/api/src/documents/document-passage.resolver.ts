import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GraphConnection } from '@policygraph/graph-store';
import { documentPassage } from '@policygraph/graph-query';
import { GRAPH_CONNECTION } from '../graph/tokens';

@ObjectType('PassageFact', { description: 'A fact whose evidence lies in a passage: the node, and where in the text.' })
export class PassageFactObject {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => [String]) section!: string[];
}

@ObjectType('DocumentPassage', { description: "A bounded window of a document's stored text (offsets as in evidence) with the facts read from it." })
export class DocumentPassageObject {
  @Field(() => String) documentId!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { description: 'Length of the whole text.' }) length!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) text!: string;
  @Field(() => [PassageFactObject]) facts!: PassageFactObject[];
  @Field(() => Int, { description: 'Facts in the window past the cap.' }) factsLeftOut!: number;
}

@Resolver()
export class DocumentPassageResolver {
  constructor(@Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection) {}

  @Query(() => DocumentPassageObject, {
    description: 'Text of a document between two offsets (at most 20,000 characters), with the facts whose evidence lies there.',
  })
  async documentPassage(
    @Args('documentId', { type: () => String }) documentId: string,
    @Args('start', { type: () => Int }) start: number,
    @Args('end', { type: () => Int }) end: number,
  ): Promise<DocumentPassageObject> {
    const passage = await documentPassage(this.graph, { documentId, start, end });
    return { ...passage, facts: passage.facts.map((fact) => ({ ...fact, section: [...fact.section] })) };
  }
}
