import { normalizeText } from '@policygraph/parse';
import { read } from './spec-support';
import { subjectInProse } from './subject-in-prose';

/** The tasks the clauses of a snippet name themselves (undefined: the paragraph's). */
function tasks(snippet: string): (string | undefined)[] {
  const text = normalizeText(snippet).text;
  return subjectInProse.find(text).map((clause) => (clause.task ? text.slice(clause.task.start, clause.task.end) : undefined));
}

describe('subject-in-prose', () => {
  // 陆良 2015 (曲靖 government site): the body carrying each part of the work, after 由.
  const luliang =
    '为确保项目的顺利实施和圆满完成,在建设过程中,该县一是按照属地管理的原则划分实施主体,县道由交通运输局作为实施主体,乡道由各乡(镇、街道)作为实施主体;二是尊照验收标准';
  // 菏泽 2009 (菏政办发〔2009〕72号): what the body is for, before 的责任主体.
  const heze =
    '第三条 市直行业主管部门是市级项目的责任主体,县区政府和市行业主管部门是县区级扩大内需项目的责任主体。各责任主体对所属项目的投资安排、项目管理、资金使用和实施效果负总责。';

  it('reads the units named as the body that carries a task (陆良 2015: 县道由交通运输局作为实施主体)', () => {
    expect(read(subjectInProse, luliang)).toEqual([['交通运输局 co-responsible*'], ['各乡（镇、街道） co-responsible*']]);
    expect(tasks(luliang)).toEqual(['县道', '乡道']);
  });

  it('names the task by what the body is for (菏泽 2009: A是市级项目的责任主体)', () => {
    expect(read(subjectInProse, heze)).toEqual([['市直行业主管部门 co-responsible*'], ['县区政府 co-responsible*', '市行业主管部门 co-responsible']]);
    expect(tasks(heze)).toEqual(['市级项目', '县区级扩大内需项目']);
  });

  it('reads no unit where 主体 follows no unit (划分实施主体, 明确责任主体, 以企业为主体)', () => {
    expect(read(subjectInProse, '该县一是按照属地管理的原则划分实施主体。')).toEqual([]);
    expect(read(subjectInProse, '陆良县进一步明确责任主体,采取六项措施。')).toEqual([]);
    expect(read(subjectInProse, '坚持以企业为主体、市场为导向。')).toEqual([]);
    expect(read(subjectInProse, '各责任主体要细化责任。')).toEqual([]);
  });

  // 辽阳 2024 (a postal news site): the division of the work report's tasks, told from the bureau's side.
  const liaoyang =
    '近日,辽宁省辽阳市政府印发《2024年〈政府工作报告〉重点工作分工方案》(以下简称《方案》)。完善县乡村三级电子商务和物流快递配送体系被纳入其中,市邮政管理局成为责任单位。';

  it("reads the units a text says became a task's 责任单位 or 牵头单位, the task the clause taken into the division (rule named-as-unit: 辽阳 2024)", () => {
    expect(read(subjectInProse, liaoyang)).toEqual([['市邮政管理局 co-responsible*']]);
    expect(tasks(liaoyang)).toEqual(['完善县乡村三级电子商务和物流快递配送体系']);
    // The label states the role; with no clause taken in before, the task is the paragraph's.
    expect(read(subjectInProse, '推进寄递物流体系建设,市邮政管理局被列为牵头单位,市商务局、市交通运输局列为配合单位。')).toEqual([
      ['市邮政管理局 lead'],
      ['市商务局 support', '市交通运输局 support'],
    ]);
    expect(tasks('推进寄递物流体系建设,市邮政管理局被列为牵头单位。')).toEqual([undefined]);
    // No unit before the verb: a pronoun, a kind of body, the verb opening the sentence.
    expect(read(subjectInProse, '该项工作纳入考核,我局成为责任单位。')).toEqual([]);
    expect(read(subjectInProse, '成为责任单位后要抓好落实。')).toEqual([]);
  });

  // 石城 2009 (石府发〔2009〕28号, 外贸发展引导资金实施办法, attached to the county's 2025 notice on abolishing it).
  const shicheng = '第二条 外贸发展资金由县招商局、县财政局共同管理使用。由县财政局专户储存,专款专用,并对资金的用途实行财务监督。';

  it('reads the units a thing is managed by, the task the thing before 由 (rule managed-by: 石城 2009)', () => {
    expect(read(subjectInProse, shicheng)).toEqual([['县招商局 co-responsible*', '县财政局 co-responsible']]);
    expect(tasks(shicheng)).toEqual(['外贸发展资金']);
    // No thing before 由, or no unit after it: none. 由A负责管理 is responsible-in-prose's.
    expect(read(subjectInProse, '项目建成后,由市政府统一管理。')).toEqual([]);
    expect(read(subjectInProse, '专项资金由财政部门按规定管理。')).toEqual([]);
    expect(read(subjectInProse, '园区道路由县住建局负责管理。')).toEqual([]);
    expect(read(subjectInProse, '按照属地管理的原则,实行统一管理。')).toEqual([]);
  });
});
