import { Inject, type Type } from '@nestjs/common';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { getNode, type Direction } from '@policygraph/graph-query';
import type { GraphConnection } from '@policygraph/graph-store';
import { RelationshipType } from '@policygraph/graph-types';
import { GRAPH_CONNECTION } from '../graph/tokens';
import {
  DepartmentFunctionNode,
  DepartmentNode,
  DocumentNode,
  EntityInterface,
  GoalNode,
  IndicatorNode,
  PlaceNode,
  ProjectNode,
  RegionNode,
  RelatedConnectionObject,
  SectorNode,
  SectorTypeNode,
  StrategyNode,
  TaskNode,
} from './entity.objects';
import { relationLoadersOf } from './relation-loaders';

interface RelationField {
  readonly name: string;
  readonly type: RelationshipType;
  readonly direction: Direction;
  readonly description: string;
}

/** A project's and a task's relationships: the same, as both are what a goal is pursued by and departments own. */
function undertakingFields(what: 'project' | 'task'): readonly RelationField[] {
  return [
    { name: 'goals', type: 'PURSUED_BY', direction: 'in', description: `Goals the ${what} serves.` },
    {
      name: 'responsible',
      type: 'RESPONSIBLE',
      direction: 'out',
      description: 'Responsible departments with role (lead/support) and basis (stated/inferred).',
    },
    { name: 'places', type: 'LOCATED_IN', direction: 'out', description: 'Places named for it.' },
    { name: 'strategies', type: 'APPLIES', direction: 'out', description: 'Policy strategies it applies.' },
  ];
}

/** The typed relationship fields of each label: the graph's schema, as GraphQL fields with pagination. */
const FIELDS: ReadonlyArray<readonly [Type<EntityInterface>, readonly RelationField[]]> = [
  [
    RegionNode,
    [
      { name: 'documents', type: 'ABOUT', direction: 'in', description: 'Plans about this region.' },
      { name: 'sectors', type: 'HAS_SECTOR', direction: 'out', description: 'Sectors its plans set goals for.' },
      { name: 'departments', type: 'OF_REGION', direction: 'in', description: 'Its government departments and other responsible bodies.' },
      { name: 'parent', type: 'PART_OF', direction: 'out', description: 'The region it belongs to (昆明市 → 云南省).' },
      { name: 'parts', type: 'PART_OF', direction: 'in', description: 'Sub-regions and places within it.' },
    ],
  ],
  [
    DocumentNode,
    [
      { name: 'region', type: 'ABOUT', direction: 'out', description: 'The region the plan is about.' },
      { name: 'mentions', type: 'MENTIONS', direction: 'out', description: 'Everything the document states.' },
    ],
  ],
  [
    SectorNode,
    [
      { name: 'region', type: 'HAS_SECTOR', direction: 'in', description: 'The region.' },
      { name: 'sectorType', type: 'INSTANCE_OF', direction: 'out', description: 'The shared sector type (taxonomy).' },
      { name: 'goals', type: 'HAS_GOAL', direction: 'out', description: 'Goals set for the sector.' },
    ],
  ],
  [SectorTypeNode, [{ name: 'instances', type: 'INSTANCE_OF', direction: 'in', description: "Each plan's own sector of this type." }]],
  [
    GoalNode,
    [
      { name: 'sector', type: 'HAS_GOAL', direction: 'in', description: 'The sector the goal belongs to.' },
      { name: 'indicators', type: 'MEASURED_BY', direction: 'out', description: 'Quantitative indicators of the goal.' },
      { name: 'projects', type: 'PURSUED_BY', direction: 'out', description: 'Projects and tasks pursuing the goal.' },
      { name: 'responsible', type: 'RESPONSIBLE', direction: 'out', description: 'Departments responsible for the goal itself.' },
      { name: 'strategies', type: 'APPLIES', direction: 'out', description: 'Policy strategies the goal applies.' },
    ],
  ],
  [
    IndicatorNode,
    [
      { name: 'goals', type: 'MEASURED_BY', direction: 'in', description: 'Goals it measures.' },
      { name: 'reportedBy', type: 'REPORTED_BY', direction: 'out', description: 'The department reporting it (数据来源).' },
    ],
  ],
  [ProjectNode, undertakingFields('project')],
  [TaskNode, undertakingFields('task')],
  [
    DepartmentNode,
    [
      { name: 'responsibleFor', type: 'RESPONSIBLE', direction: 'in', description: 'Projects, tasks and goals it leads or supports.' },
      { name: 'region', type: 'OF_REGION', direction: 'out', description: 'Its region.' },
      { name: 'reports', type: 'REPORTED_BY', direction: 'in', description: 'Indicators it reports.' },
      { name: 'functions', type: 'HAS_FUNCTION', direction: 'out', description: 'Its function, shared across regions (商务, 发展改革, …).' },
    ],
  ],
  [
    PlaceNode,
    [
      { name: 'projects', type: 'LOCATED_IN', direction: 'in', description: 'Projects and tasks located there.' },
      { name: 'region', type: 'PART_OF', direction: 'out', description: 'The region it is part of.' },
    ],
  ],
  [StrategyNode, [{ name: 'appliedBy', type: 'APPLIES', direction: 'in', description: 'Goals, projects and tasks applying it, in every region.' }]],
  [DepartmentFunctionNode, [{ name: 'departments', type: 'HAS_FUNCTION', direction: 'in', description: "Every region's department with this function." }]],
];

/**
 * Builds one resolver class per label with a paginated field per relationship. Decorators are applied by hand so
 * the table above stays the single place the schema's relationships are listed.
 */
function relationResolver(objectType: Type<EntityInterface>, fields: readonly RelationField[]): Type<unknown> {
  @Resolver(() => objectType)
  class RelationResolver {
    constructor(@Inject(GRAPH_CONNECTION) readonly graph: GraphConnection) {}
  }
  for (const field of fields) {
    const method = function (this: RelationResolver, parent: EntityInterface, first: number, after: string | null, basis: string[] | null, context: object) {
      const request = { type: field.type, direction: field.direction, first, after, basis: basis ?? undefined };
      return relationLoadersOf(context, this.graph)
        .page(parent.id, request)
        .then((page) => ({
          totalCount: page.totalCount,
          edges: page.edges,
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        }));
    };
    Object.defineProperty(RelationResolver.prototype, field.name, { value: method, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(RelationResolver.prototype, field.name)!;
    Reflect.defineMetadata('design:paramtypes', [Object, Number, String, Array, Object], RelationResolver.prototype, field.name);
    Parent()(RelationResolver.prototype, field.name, 0);
    Args('first', { type: () => Int, defaultValue: 50 })(RelationResolver.prototype, field.name, 1);
    Args('after', { type: () => String, nullable: true })(RelationResolver.prototype, field.name, 2);
    Args('basis', { type: () => [String], nullable: true, description: 'stated and/or inferred (RESPONSIBLE only)' })(
      RelationResolver.prototype,
      field.name,
      3,
    );
    Context()(RelationResolver.prototype, field.name, 4);
    ResolveField(field.name, () => RelatedConnectionObject, { description: field.description })(RelationResolver.prototype, field.name, descriptor);
  }
  Object.defineProperty(RelationResolver, 'name', { value: `${objectType.name}RelationResolver` });
  return RelationResolver;
}

export const ENTITY_RELATION_RESOLVERS = FIELDS.map(([objectType, fields]) => relationResolver(objectType, fields));

@Resolver(() => EntityInterface)
export class EntityResolver {
  constructor(@Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection) {}

  @Query(() => EntityInterface, { description: 'One node as its typed object (RegionNode, DepartmentNode, …) with its relationships as paginated fields.' })
  entity(@Args('id', { type: () => ID }) id: string): Promise<EntityInterface> {
    return getNode(this.graph, id);
  }
}
