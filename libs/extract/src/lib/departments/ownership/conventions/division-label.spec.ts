import { divisionLabel } from './division-label';
import { read } from './spec-support';

// Real example: 2021年省《政府工作报告》重点任务分工方案 (广东).
describe('division-label-with-verbs', () => {
  it('reads 部门分工：A牵头，各地、各部门配合 under a target: lead and support collectives', () => {
    const snippet = '1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。\n2.城镇新增就业110万人以上。';
    expect(read(divisionLabel, snippet)).toEqual([['省发展改革委 lead', '各地 support', '各部门 support']]);
  });

  it('reads the label after the last sentence of a task, and a plain list as co-responsible', () => {
    expect(read(divisionLabel, '加快建设城市商圈。责任分工：市商务局、市财政局')).toEqual([['市商务局 co-responsible*', '市财政局 co-responsible']]);
  });

  it('does not read 分工 inside a sentence', () => {
    expect(read(divisionLabel, '明确部门分工:各司其职。')).toEqual([]);
  });
});
