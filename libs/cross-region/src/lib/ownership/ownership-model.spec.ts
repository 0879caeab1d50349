import { chooseOwners } from './choose-owners';
import { learnOwnership, rankFunctions } from './ownership-model';
import type { RegionDepartment } from './resolve-department';

const question = (text: string, terms: string[] = []) => ({ text, terms, sector: null });

describe('rankFunctions', () => {
  it('ranks by the conventions table when nothing stated is known', () => {
    const ranked = rankFunctions(learnOwnership([]), question('发展养老服务，建设社区养老设施。'));
    expect(ranked[0]).toMatchObject({ function: '民政', rule: 'convention:养老托育(养老)' });
    expect(ranked[0]!.confidence).toBeGreaterThan(0);
  });

  it('lets what stated tasks teach reorder candidates the table ranks close', () => {
    // The table lists 交通运输 then 发展改革 for 物流; two stated logistics tasks led by 发展改革 swap them.
    const examples = [
      { terms: ['物流', '配送'], sector: null, leadFunctions: ['发展改革'], supportFunctions: [] },
      { terms: ['物流', '快递'], sector: null, leadFunctions: ['发展改革'], supportFunctions: [] },
      { terms: ['旅游'], sector: null, leadFunctions: ['文化和旅游'], supportFunctions: [] },
    ];
    const withoutLearning = rankFunctions(learnOwnership([]), question('发展城乡物流配送', ['物流', '配送']));
    const withLearning = rankFunctions(learnOwnership(examples), question('发展城乡物流配送', ['物流', '配送']));
    expect(withoutLearning[0]!.function).toBe('交通运输');
    expect(withLearning[0]).toMatchObject({ function: '发展改革', rule: 'learned:物流' });
    expect(withLearning[1]!.function).toBe('交通运输');
  });

  it('proposes nothing for a text no rule or example speaks to', () => {
    expect(rankFunctions(learnOwnership([]), question('其他事项'))).toEqual([]);
  });
});

describe('chooseOwners', () => {
  const departments: RegionDepartment[] = [
    { id: 'department:青海省:省民政厅', name: '省民政厅', region: '青海省', function: '民政', kind: 'government', inferred: false, statedTasks: 1 },
  ];

  it('uses the department the region names and creates a conventionally named one where it names none', () => {
    const ranked = rankFunctions(learnOwnership([]), question('发展养老服务，建设婴幼儿托育机构。'));
    const owners = chooseOwners(ranked, '青海省', departments);
    expect(owners[0]).toMatchObject({ role: 'lead', department: { id: 'department:青海省:省民政厅', created: false } });
    expect(owners.slice(1).map((owner) => owner.role)).toEqual(owners.slice(1).map(() => 'support'));
    expect(owners.some((owner) => owner.department.id === 'department:青海省:省卫生健康委员会' && owner.department.created)).toBe(true);
    expect(owners.length).toBeLessThanOrEqual(3);
  });
});
