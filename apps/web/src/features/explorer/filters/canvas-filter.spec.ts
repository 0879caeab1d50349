import type { ApiEdge, ApiNode } from '../../../api/graph-api.types';
import { mergeSubgraph, EMPTY_GRAPH } from '../graph-snapshot';
import { NO_FILTER, filterFacets, hiddenElements, isFilterActive, sectorTypesOnCanvas, toggleHidden } from './canvas-filter';

const node = (id: string, label: string, name: string, properties: Record<string, unknown> = {}): ApiNode => ({ id, label, name, properties, evidence: [] });
const edge = (id: string, type: string, source: string, target: string, properties: Record<string, unknown> = {}): ApiEdge => ({
  id,
  type,
  source,
  target,
  properties,
  evidence: [],
});

const graph = mergeSubgraph(EMPTY_GRAPH, {
  nodes: [
    node('region:青海省', 'Region', '青海省'),
    node('sector:1', 'Sector', '现代物流业', { region: '青海省', documentId: 'doc-qh', sectorType: 'modern-logistics' }),
    node('sector:2', 'Sector', '金融业', { region: '青海省', documentId: 'doc-qh', sectorType: 'finance' }),
    node('goal:1', 'Goal', '到2025年，物流总费用下降', { region: '青海省', documentId: 'doc-qh' }),
    node('goal:2', 'Goal', '推动金融服务实体经济', { region: '青海省', documentId: 'doc-qh' }),
    node('indicator:1', 'Indicator', '物流总费用占比', { region: '青海省', documentId: 'doc-qh', targetYear: 2022 }),
    node('project:1', 'Project', '建设物流园', { region: '青海省', documentId: 'doc-qh' }),
    node('project:2', 'Project', '昆明物流枢纽', { region: '昆明市', documentId: 'doc-km' }),
    node('department:1', 'Department', '省商务厅', { region: '青海省' }),
  ],
  edges: [
    edge('e:hs1', 'HAS_SECTOR', 'region:青海省', 'sector:1'),
    edge('e:hs2', 'HAS_SECTOR', 'region:青海省', 'sector:2'),
    edge('e:hg1', 'HAS_GOAL', 'sector:1', 'goal:1'),
    edge('e:hg2', 'HAS_GOAL', 'sector:2', 'goal:2'),
    edge('e:mb', 'MEASURED_BY', 'goal:1', 'indicator:1'),
    edge('e:pb', 'PURSUED_BY', 'goal:1', 'project:1'),
    edge('e:r1', 'RESPONSIBLE', 'project:1', 'department:1', { basis: 'stated', role: 'lead' }),
    edge('e:r2', 'RESPONSIBLE', 'project:2', 'department:1', { basis: 'inferred', role: 'support' }),
  ],
});

describe('hiddenElements', () => {
  it('hides nothing without a filter', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(hiddenElements(graph, NO_FILTER).nodes.size).toBe(0);
  });

  it('hides a label with every edge touching it, and shows it again when toggled back', () => {
    const filter = toggleHidden(NO_FILTER, 'hiddenLabels', 'Project');
    const hidden = hiddenElements(graph, filter);
    expect([...hidden.nodes].sort()).toEqual(['project:1', 'project:2']);
    expect([...hidden.edges].sort()).toEqual(['e:pb', 'e:r1', 'e:r2']);
    expect(hiddenElements(graph, toggleHidden(filter, 'hiddenLabels', 'Project')).nodes.size).toBe(0);
  });

  it('hides by region and by document, leaving nodes without one alone', () => {
    expect([...hiddenElements(graph, toggleHidden(NO_FILTER, 'hiddenRegions', '昆明市')).nodes]).toEqual(['project:2']);
    const byDocument = hiddenElements(graph, toggleHidden(NO_FILTER, 'hiddenDocuments', 'doc-qh')).nodes;
    expect(byDocument.has('region:青海省')).toBe(false);
    expect(byDocument.has('department:1')).toBe(false);
    expect(byDocument.has('goal:1')).toBe(true);
  });

  it('hides a sector type with the goals, indicators and projects that hang off its sectors', () => {
    const hidden = hiddenElements(graph, toggleHidden(NO_FILTER, 'hiddenSectorTypes', 'modern-logistics')).nodes;
    expect([...hidden].sort()).toEqual(['goal:1', 'indicator:1', 'project:1', 'sector:1']);
  });

  it('hides inferred responsibility edges but keeps their ends', () => {
    const hidden = hiddenElements(graph, toggleHidden(NO_FILTER, 'hiddenBases', 'inferred'));
    expect([...hidden.edges]).toEqual(['e:r2']);
    expect(hidden.nodes.size).toBe(0);
  });

  it('keeps goals and indicators due by the chosen year, and undated ones only when asked', () => {
    expect([...hiddenElements(graph, { ...NO_FILTER, dueBy: 2022 }).nodes].sort()).toEqual(['goal:1', 'goal:2']);
    expect([...hiddenElements(graph, { ...NO_FILTER, dueBy: 2022, keepUndated: true }).nodes]).toEqual(['goal:1']);
    expect(hiddenElements(graph, { ...NO_FILTER, dueBy: 2025, keepUndated: true }).nodes.size).toBe(0);
  });
});

describe('sectorTypesOnCanvas', () => {
  it('passes a sector type down to goals, indicators and projects', () => {
    const types = sectorTypesOnCanvas(graph);
    expect([...(types.get('project:1') ?? [])]).toEqual(['modern-logistics']);
    expect(types.has('project:2')).toBe(false);
  });
});

describe('filterFacets', () => {
  it('counts each value on the canvas and spans the due years', () => {
    const facets = filterFacets(graph);
    expect(facets.labels.get('Project')).toBe(2);
    expect(facets.regions.get('昆明市')).toBe(1);
    expect(facets.sectorTypes.get('finance')).toBe(2);
    expect(facets.bases.get('inferred')).toBe(1);
    expect(facets.years).toEqual({ min: 2022, max: 2025 });
  });
});
