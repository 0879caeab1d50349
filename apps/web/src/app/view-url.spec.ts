import { DEFAULT_VIEW, MAX_LINK_NODES, decodeView, encodeView, type ViewState } from './view-url';

describe('view URL', () => {
  it('round-trips a view, ids with commas and Chinese included', () => {
    const view: ViewState = {
      tab: 'explorer',
      language: 'en',
      layout: 'dagre',
      nodeIds: ['region:青海省', 'department:青海省:省发展和改革委员会', 'project:004_abc:2025,1'],
      pinned: ['region:青海省'],
      selected: 'department:青海省:省发展和改革委员会',
      metric: 'gdp-growth',
      similar: '四川省',
      matrix: {
        regions: ['青海省', '云南省'],
        inferred: true,
        cell: { departmentId: 'department:青海省:省商务厅', columnId: 'sectortype:conventions-exhibitions' },
      },
    };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it('keeps a matrix cell only when both its department and its column are given', () => {
    expect(decodeView('?tab=matrix&mr=青海省&mcd=department:x').matrix).toEqual({ regions: ['青海省'], inferred: false, cell: null });
  });

  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it('falls back to defaults for values it does not know and drops pins of absent nodes', () => {
    expect(decodeView('?tab=admin&lang=fr&layout=cola&n=a&pin=b')).toEqual({ ...DEFAULT_VIEW, nodeIds: ['a'], pinned: [] });
  });

  it(`keeps at most ${MAX_LINK_NODES} nodes in a link`, () => {
    const nodeIds = Array.from({ length: MAX_LINK_NODES + 10 }, (_, i) => `n${i}`);
    expect(decodeView(encodeView({ ...DEFAULT_VIEW, nodeIds })).nodeIds).toHaveLength(MAX_LINK_NODES);
  });
});
