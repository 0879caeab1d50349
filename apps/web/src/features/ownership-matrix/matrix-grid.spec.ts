import type { ApiNode, OwnershipClause, OwnershipMatrix, OwnershipTrace } from '../../api/graph-api.types';
import { cellIntensity, cellKey, cellKind, cellText, clausesForCell, confidenceRange, toMatrixGrid } from './matrix-grid';

const node = (id: string, label: string, name = id): ApiNode => ({ id, label, name, properties: {}, evidence: [] });

const STATED = { inferred: 0, inferredConfidenceMin: null, inferredConfidenceMax: null } as const;

const matrix: OwnershipMatrix = {
  departments: [
    node('d:a', 'Department', '甲厅'),
    node('d:b', 'Department', '乙厅'),
    node('d:c', 'Department', '丙厅'),
    node('d:idle', 'Department', '闲局'),
    node('d:guess', 'Department', '猜局'),
  ],
  columns: [node('st:logistics', 'SectorType'), node('st:finance', 'SectorType'), node('st:empty', 'SectorType')],
  cells: [
    { departmentId: 'd:a', columnId: 'st:logistics', lead: 0, support: 2, coResponsible: 0, presumedLead: 0, ...STATED, itemIds: ['p:1', 'p:2'] },
    { departmentId: 'd:b', columnId: 'st:logistics', lead: 3, support: 0, coResponsible: 0, presumedLead: 0, ...STATED, itemIds: ['p:3'] },
    { departmentId: 'd:b', columnId: 'st:finance', lead: 1, support: 1, coResponsible: 0, presumedLead: 0, ...STATED, itemIds: ['p:4', 'g:1'] },
    { departmentId: 'd:c', columnId: 'st:finance', lead: 0, support: 0, coResponsible: 2, presumedLead: 1, ...STATED, itemIds: ['p:5', 'p:6'] },
    {
      departmentId: 'd:guess',
      columnId: 'st:finance',
      lead: 0,
      support: 0,
      coResponsible: 0,
      presumedLead: 0,
      inferred: 2,
      inferredConfidenceMin: 0.4,
      inferredConfidenceMax: 0.7,
      itemIds: ['p:7'],
    },
    { departmentId: 'd:idle', columnId: 'st:empty', lead: 0, support: 0, coResponsible: 0, presumedLead: 0, ...STATED, itemIds: [] },
  ],
  unowned: [],
  topLeads: [],
};

describe('toMatrixGrid', () => {
  it('orders departments by stated leads, then presumed leads, and drops departments and columns without any cell', () => {
    const grid = toMatrixGrid(matrix);
    expect(grid.rows.map((row) => [row.department.id, row.lead, row.coResponsible, row.presumedLead, row.support])).toEqual([
      ['d:b', 4, 0, 0, 1],
      ['d:c', 0, 2, 1, 0],
      ['d:a', 0, 0, 0, 2],
      ['d:guess', 0, 0, 0, 0],
    ]);
    expect(grid.rows.at(-1)?.inferred).toBe(2);
    expect(grid.columns.map((column) => column.id)).toEqual(['st:logistics', 'st:finance']);
    expect(grid.cells.get(cellKey('d:b', 'st:finance'))?.itemIds).toEqual(['p:4', 'g:1']);
    expect(grid.max).toBe(3);
  });
});

describe('cellKind', () => {
  const counts = { lead: 0, presumedLead: 0, coResponsible: 0, support: 0 };
  it('names the strongest stated claim, and inferred only when nothing is stated', () => {
    expect(cellKind({ ...counts, lead: 1, coResponsible: 2, presumedLead: 1 })).toBe('lead');
    expect(cellKind({ ...counts, coResponsible: 2, presumedLead: 1 })).toBe('presumed');
    expect(cellKind({ ...counts, coResponsible: 2 })).toBe('shared');
    expect(cellKind({ ...counts, support: 1 })).toBe('shared');
    expect(cellKind(counts)).toBe('inferred');
  });
});

describe('cellText and confidenceRange', () => {
  it('shows stated counts, then ≈ and the inferred count', () => {
    expect(cellText({ lead: 1, coResponsible: 2, support: 0, inferred: 0 })).toBe('1/2/0');
    expect(cellText({ lead: 0, coResponsible: 0, support: 0, inferred: 3 })).toBe('≈3');
    expect(cellText({ lead: 0, coResponsible: 0, support: 1, inferred: 3 })).toBe('0/0/1 ≈3');
  });

  it('gives the confidence range of the inferred responsibilities, one figure when it is one value', () => {
    expect(confidenceRange({ inferredConfidenceMin: 0.412, inferredConfidenceMax: 0.7 })).toBe('0.41–0.70');
    expect(confidenceRange({ inferredConfidenceMin: 0.5, inferredConfidenceMax: 0.5 })).toBe('0.50');
    expect(confidenceRange({ inferredConfidenceMin: null, inferredConfidenceMax: null })).toBeNull();
  });
});

describe('cellIntensity', () => {
  it('is 0 for an empty cell and 1 for the busiest all-lead cell', () => {
    expect(cellIntensity(undefined, 3)).toBe(0);
    expect(cellIntensity({ lead: 3, support: 0 }, 3)).toBe(1);
  });

  it('weighs a lead above a support when the counts are equal', () => {
    expect(cellIntensity({ lead: 1, support: 0 }, 3)).toBeGreaterThan(cellIntensity({ lead: 0, support: 1 }, 3));
  });
});

describe('clausesForCell', () => {
  const clause = (projectId: string, basis: string, goalIds: string[] = []): OwnershipClause => ({
    role: 'lead',
    presumedLead: false,
    basis,
    confidence: null,
    department: node('d:b', 'Department'),
    project: node(projectId, 'Project'),
    goals: goalIds.map((id) => ({ id, label: 'Goal', name: id })),
    sectors: [],
    evidence: [],
  });
  const trace: OwnershipTrace = {
    root: node('d:b', 'Department'),
    stated: [clause('p:3', 'stated'), clause('p:9', 'stated', ['g:1']), clause('p:8', 'stated')],
    inferred: [clause('p:4', 'inferred')],
  };

  it('keeps the clauses whose project or goal is behind the cell', () => {
    expect(clausesForCell(trace, { itemIds: ['p:3', 'g:1', 'p:4'] }, false).map((c) => c.project.id)).toEqual(['p:3', 'p:9']);
  });

  it('adds inferred clauses only when asked', () => {
    expect(clausesForCell(trace, { itemIds: ['p:4'] }, true).map((c) => c.project.id)).toEqual(['p:4']);
  });
});
