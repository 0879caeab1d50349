import {
  departmentFunctionId,
  departmentId,
  documentIdOfNode,
  documentNodeId,
  documentScopedId,
  goalId,
  indicatorId,
  placeId,
  projectId,
  regionId,
  sectorId,
  sectorTypeId,
  strategyId,
} from './node-ids';

// The literal formats graphs were stored with before the builders existed: a change here orphans stored nodes.
describe('node ids', () => {
  it('builds the stored format of each shared node kind', () => {
    expect(documentNodeId('001_青海服务业')).toBe('document:001_青海服务业');
    expect(regionId('青海省')).toBe('region:青海省');
    expect(departmentId('青海省', '省商务厅')).toBe('department:青海省:省商务厅');
    expect(placeId('630100')).toBe('place:630100');
    expect(sectorTypeId('culture-tourism')).toBe('sectortype:culture-tourism');
    expect(strategyId('数字化转型')).toBe('strategy:数字化转型');
    expect(departmentFunctionId('商务')).toBe('function:商务');
  });

  it('keys document-scoped nodes by document and original start offset', () => {
    expect(documentScopedId('goal', 'doc-1', 120)).toBe('goal:doc-1:120');
    expect(sectorId('doc-1', 0)).toBe('sector:doc-1:0');
    expect(goalId('doc-1', 7)).toBe('goal:doc-1:7');
    expect(indicatorId('doc-1', 42)).toBe('indicator:doc-1:42');
    expect(projectId('doc-1', 300)).toBe('project:doc-1:300');
  });

  it('reads the document id back out of a Document node id, colons included', () => {
    expect(documentIdOfNode(documentNodeId('a:b'))).toBe('a:b');
  });

  it('rejects a node id of another kind when a Document node id is expected', () => {
    expect(() => documentIdOfNode('region:青海省')).toThrow('not a Document node id: region:青海省');
  });
});
