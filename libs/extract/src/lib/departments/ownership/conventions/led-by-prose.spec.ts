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
});
