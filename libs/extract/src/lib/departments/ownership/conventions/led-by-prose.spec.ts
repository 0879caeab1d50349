import { ledByProse } from './led-by-prose';
import { read } from './spec-support';

describe('led-by-prose', () => {
  it('reads 由A牵头，会同B、C…: A leads, B and C support', () => {
    expect(read(ledByProse, '由市市场监管局牵头，会同市商务局、市公安局等部门建立联合执法机制。')).toEqual([
      ['市市场监管局 lead', '市商务局 support', '市公安局 support'],
    ]);
  });

  it('reads 由A牵头负责 alone and A牵头，会同B at the start of a clause', () => {
    expect(read(ledByProse, '专项资金由省财政厅牵头负责管理。')).toEqual([['省财政厅 lead']]);
    expect(read(ledByProse, '省发展改革委牵头，会同省财政厅制定实施细则。')).toEqual([['省发展改革委 lead', '省财政厅 support']]);
  });

  it('does not read a 牵头 of something that is no unit (由主导产业园区牵头的“产业链链长制”, 由一个部门牵头)', () => {
    expect(read(ledByProse, '探索建立由主导产业园区牵头的“产业链链长制”。')).toEqual([]);
    expect(read(ledByProse, '每类事项明确由一个部门牵头。')).toEqual([]);
  });
  it('reads A牵头的X: the unit leads the thing it is said to lead (沅陵 2015), not a body of no government (达沃斯世界经济论坛)', () => {
    expect(read(ledByProse, '预计5月份动工;组织部牵头的乡镇公住房,除麻溪铺镇完成建设外,其余乡镇已做完前期手续报批。')).toEqual([['组织部 lead']]);
    expect(read(ledByProse, '“灯塔工厂”：由达沃斯世界经济论坛牵头的“全球灯塔工厂”评选自2018年开始。')).toEqual([]);
  });

  it('reads no lead where a person leads (威县 2022: 由相关县领导牵头)', () => {
    expect(read(ledByProse, '由相关县领导牵头,县自然资源和规划局负责,住建局、发改局等其他相关单位加强配合协调。')).toEqual([]);
  });
});
