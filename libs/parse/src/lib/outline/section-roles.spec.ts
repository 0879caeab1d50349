import { headingHasRole, sectionHasRole } from './section-roles';

describe('section roles', () => {
  it('reads a review of the past from its heading', () => {
    for (const heading of ['一、发展基础', '（一）“十四五”时期发展成就', '二、面临形势', '机遇与挑战', '一、2025年工作回顾']) {
      expect(headingHasRole(heading, ['review'])).toBe(true);
    }
  });

  it('tells principles and safeguards apart from a review', () => {
    expect(headingHasRole('（一）指导思想', ['review'])).toBe(false);
    expect(headingHasRole('（一）指导思想', ['principles'])).toBe(true);
    expect(headingHasRole('五、保障措施', ['review', 'principles'])).toBe(false);
    expect(headingHasRole('五、保障措施', ['safeguards'])).toBe(true);
  });

  it('gives no role to a heading that also announces tasks', () => {
    expect(headingHasRole('一、“十四五”时期发展成就和“十五五”时期主要目标任务', ['review'])).toBe(false);
  });

  it('gives no role to a task heading', () => {
    expect(headingHasRole('三、重点任务', ['review', 'principles', 'safeguards'])).toBe(false);
  });

  it('gives a subsection the role of an ancestor', () => {
    expect(sectionHasRole({ path: ['一、发展基础', '（二）服务业增加值稳步增长'] }, ['review'])).toBe(true);
    expect(sectionHasRole({ path: ['三、重点任务', '（二）发展现代物流'] }, ['review'])).toBe(false);
  });
});
