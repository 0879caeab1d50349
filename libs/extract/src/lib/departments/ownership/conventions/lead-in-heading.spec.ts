import { leadInHeading } from './lead-in-heading';
import { read } from './spec-support';

describe('lead-in-heading', () => {
  it('reads the units a numbered heading says lead the items under it (沁县 2025 任务清单)', () => {
    expect(read(leadInHeading, '一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设养殖基地。')).toEqual([['县示范区管委会 lead']]);
    expect(read(leadInHeading, '（二）市发展改革委、市财政局牵头事项\n1.推进项目建设。')).toEqual([['市发展改革委 lead', '市财政局 lead']]);
    expect(read(leadInHeading, '三、县教育局负责的重点任务\n1.新建幼儿园3所。')).toEqual([['县教育局 co-responsible*']]);
  });

  it('reads no heading that names work, not who leads it, nor a sentence', () => {
    expect(read(leadInHeading, '一、强化责任牵头工作\n1.推进项目建设。')).toEqual([]);
    expect(read(leadInHeading, '各单位要把握牵头工作。\n')).toEqual([]);
    expect(read(leadInHeading, '一、重点工作任务\n')).toEqual([]);
  });

  it('reads no leader named with an office as a unit: 常委 is a seat, not a body (person-by-office, 龙湾 2023)', () => {
    expect(read(leadInHeading, '二、李丹常委、常务副区长牵头重点工作\n序号')).toEqual([]);
    expect(read(leadInHeading, '三、王强副区长牵头重点工作\n1.推进项目建设。')).toEqual([]);
    // A committee is a body.
    expect(read(leadInHeading, '四、区人大常委会牵头工作\n1.推进项目建设。')).toEqual([['区人大常委会 lead']]);
  });
});
