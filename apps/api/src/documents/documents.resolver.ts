import { Inject } from '@nestjs/common';
import { Args, Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { deleteDocument, type GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import { GRAPH_CONNECTION, READ_CACHE } from '../graph/tokens';
import type { ReadCache } from '../read-cache/read-cache';

@ObjectType('DeleteDocumentReport', { description: 'What deleting one document removed; facts other documents state are kept.' })
export class DeleteDocumentReportObject {
  @Field(() => String) documentId!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { description: "The document's own nodes, its Document node included." }) ownNodes!: number;
  @Field(() => Int, { description: 'Shared nodes (departments, regions, places …) no remaining document mentions or needs.' }) sharedNodes!: number;
  @Field(() => Int, { description: 'Edges between remaining shared nodes that only this document stated.' }) sharedEdges!: number;
}

/** Removing documents: a mutation, so it needs a write token whenever tokens are configured (see the authorization plugin). */
@Resolver()
export class DocumentsResolver {
  constructor(
    @Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection,
    @Inject(READ_CACHE) private readonly cache: ReadCache,
  ) {}

  @Mutation(() => DeleteDocumentReportObject, {
    description: 'Deletes one document and the facts only it supports, in one transaction; the rest of the graph is unchanged.',
  })
  async deleteDocument(@Args('documentId', { type: () => String }) documentId: string): Promise<DeleteDocumentReportObject> {
    if (documentId.length === 0 || documentId.length > 255) throw new PolicyGraphError('BAD_REQUEST', 'documentId must be 1 to 255 characters');
    return deleteDocument(this.graph, documentId).finally(() => this.cache.clear());
  }
}
