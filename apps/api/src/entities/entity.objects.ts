import { Field, ID, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import { EvidenceObject, GraphEdgeObject } from '../graph/graph.objects';
import { JSONScalar } from '../graph/json.scalar';

/** Every node of the policy graph; `entity(id)` returns the typed object for its label. */
@InterfaceType('Entity', {
  resolveType: (value: { label: string }) => `${value.label}Node`,
})
export abstract class EntityInterface {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
  @Field(() => String) name!: string;
  @Field(() => JSONScalar) properties!: Record<string, unknown>;
  @Field(() => [EvidenceObject]) evidence!: EvidenceObject[];
}

@ObjectType('RelatedEdge', { description: 'A neighbour with the relationship that links it (role, basis, evidence).' })
export class RelatedEdgeObject {
  @Field(() => EntityInterface) node!: EntityInterface;
  @Field(() => GraphEdgeObject) relationship!: GraphEdgeObject;
  @Field(() => String) cursor!: string;
}

@ObjectType('PageInfo')
export class PageInfoObject {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('RelatedConnection', { description: 'One page of neighbours; pass pageInfo.endCursor as `after` for the next.' })
export class RelatedConnectionObject {
  @Field(() => Int) totalCount!: number;
  @Field(() => [RelatedEdgeObject]) edges!: RelatedEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
}

const implementsEntity = { implements: () => [EntityInterface] };

@ObjectType('RegionNode', implementsEntity)
export class RegionNode extends EntityInterface {}
@ObjectType('DocumentNode', implementsEntity)
export class DocumentNode extends EntityInterface {}
@ObjectType('SectorNode', implementsEntity)
export class SectorNode extends EntityInterface {}
@ObjectType('SectorTypeNode', implementsEntity)
export class SectorTypeNode extends EntityInterface {}
@ObjectType('GoalNode', implementsEntity)
export class GoalNode extends EntityInterface {}
@ObjectType('IndicatorNode', implementsEntity)
export class IndicatorNode extends EntityInterface {}
@ObjectType('ProjectNode', implementsEntity)
export class ProjectNode extends EntityInterface {}
@ObjectType('TaskNode', implementsEntity)
export class TaskNode extends EntityInterface {}
@ObjectType('DepartmentNode', implementsEntity)
export class DepartmentNode extends EntityInterface {}
@ObjectType('PlaceNode', implementsEntity)
export class PlaceNode extends EntityInterface {}
@ObjectType('StrategyNode', implementsEntity)
export class StrategyNode extends EntityInterface {}
@ObjectType('DepartmentFunctionNode', implementsEntity)
export class DepartmentFunctionNode extends EntityInterface {}

export const ENTITY_OBJECTS = [
  RegionNode,
  DocumentNode,
  SectorNode,
  SectorTypeNode,
  GoalNode,
  IndicatorNode,
  ProjectNode,
  TaskNode,
  DepartmentNode,
  PlaceNode,
  StrategyNode,
  DepartmentFunctionNode,
];
