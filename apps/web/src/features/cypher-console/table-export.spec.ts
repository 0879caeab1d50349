import { cellText, toCsv } from './table-export';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines and starts with a BOM', () => {
    const csv = toCsv(['部门', '任务'], [['省发展改革委', '推动"物流",供应链']]);
    expect(csv).toBe('\uFEFF部门,任务\r\n省发展改革委,"推动""物流"",供应链"\r\n');
  });

  it('writes nodes by name and lists joined', () => {
    expect(cellText({ id: 'department:x', name: '省商务厅', label: 'Department' })).toBe('省商务厅');
    expect(cellText(['a', 1, null])).toBe('a、1、');
  });

  it('names a node the row only carries by id, and a relationship by its type', () => {
    const names = new Map([['department:x', '省商务厅']]);
    expect(cellText({ id: 'department:x', labels: ['Entity', 'Department'] }, names)).toBe('省商务厅');
    expect(cellText({ id: 'project:y', labels: ['Project'] }, names)).toBe('project:y');
    expect(cellText({ type: 'RESPONSIBLE', start: '4:a:1', end: '4:a:2' })).toBe('RESPONSIBLE');
  });
});
