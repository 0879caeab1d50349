import { caption, edgeElement, nodeElement } from './element-mapping';

describe('element mapping', () => {
  it('classes a RESPONSIBLE edge by role and basis so stated/inferred and lead/support look different', () => {
    const element = edgeElement({ id: 'e', type: 'RESPONSIBLE', source: 'p', target: 'd', properties: { role: 'lead', basis: 'inferred' }, evidence: [] });
    expect(element.classes).toBe('role-lead basis-inferred');
    expect(element.data).toMatchObject({ source: 'p', target: 'd', type: 'RESPONSIBLE' });
  });

  it('draws the relationship under the name it is given and keeps the type for selectors', () => {
    const element = edgeElement({ id: 'e', type: 'RESPONSIBLE', source: 'p', target: 'd', properties: {}, evidence: [] }, (type) =>
      type === 'RESPONSIBLE' ? '负责' : type,
    );
    expect(element.data).toMatchObject({ type: 'RESPONSIBLE', caption: '负责' });
  });

  it('gives other edges no role classes', () => {
    expect(edgeElement({ id: 'e', type: 'OF_REGION', source: 'd', target: 'r', properties: {}, evidence: [] }).classes).toBe('');
  });

  it('marks pinned nodes and cuts long names on the canvas only', () => {
    const name = '推动传统物流向现代供应链转型升级并建设国家物流枢纽';
    const element = nodeElement({ id: 'p', label: 'Project', name, properties: {}, evidence: [] }, true);
    expect(element.classes).toBe('pinned');
    expect(element.data['name']).toBe(name);
    expect([...String(element.data['caption'])]).toHaveLength(16);
    expect(String(element.data['caption']).endsWith('…')).toBe(true);
  });

  it('never cuts a character outside the BMP in half', () => {
    expect(caption('𠀀'.repeat(20), 4)).toBe('𠀀𠀀𠀀…');
  });
});
