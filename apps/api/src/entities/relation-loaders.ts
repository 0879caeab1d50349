import DataLoader from 'dataloader';
import { relatedNodesOfMany, MAX_PAGE, type Direction, type RelatedPage } from '@policygraph/graph-query';
import type { GraphConnection } from '@policygraph/graph-store';

/** What one relation field asks, apart from the parent: the loader key. */
export interface RelationPageRequest {
  readonly type: string;
  readonly direction: Direction;
  readonly first: number;
  readonly after: string | null;
  readonly basis: readonly string[] | undefined;
}

/**
 * The relation fields' loaders of one GraphQL request: the pages that a list of parents asks with the same arguments
 * in the same tick are read in one query (relatedNodesOfMany) instead of one query per parent.
 */
export class RelationLoaders {
  private readonly loaders = new Map<string, DataLoader<string, RelatedPage>>();

  constructor(private readonly graph: GraphConnection) {}

  page(parentId: string, request: RelationPageRequest): Promise<RelatedPage> {
    const key = JSON.stringify([request.type, request.direction, request.first, request.after, request.basis ?? null]);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => relatedNodesOfMany(this.graph, { ...request, ids }), { maxBatchSize: MAX_PAGE });
      this.loaders.set(key, loader);
    }
    return loader.load(parentId);
  }
}

/** Loaders live as long as the request's GraphQL context object, so nothing is cached from one request to the next. */
const PER_REQUEST = new WeakMap<object, RelationLoaders>();

export function relationLoadersOf(context: object, graph: GraphConnection): RelationLoaders {
  let loaders = PER_REQUEST.get(context);
  if (!loaders) {
    loaders = new RelationLoaders(graph);
    PER_REQUEST.set(context, loaders);
  }
  return loaders;
}
