import { responsibleLine } from './responsible-line';
import { read } from './spec-support';

describe('responsible-line', () => {
  it('reads a line of its own naming who carries out the item above it (周口 2013)', () => {
    const snippet = [
      '1.抓好以“双十五工程”为核心的189个市级重点项目,总投资1906.4亿元,年度计划投资484.6亿元。',
      '由市发展改革委,各县市区人民政府,市经济开发区管委会、市东新区管委会负责落实',
      '2.全面完成漯阜铁路复线电气化改造,年内力争开通周口至温州的铁路旅客列车。',
      '由漯阜铁路公司、市发展改革委,川汇区、商水县、项城市、沈丘县人民政府,市经济开发区管委会负责落实',
    ].join('\n');
    expect(read(responsibleLine, snippet)).toEqual([
      ['市发展改革委 co-responsible*', '各县市区人民政府 co-responsible', '市经济开发区管委会 co-responsible', '市东新区管委会 co-responsible'],
      [
        '漯阜铁路公司 co-responsible*',
        '市发展改革委 co-responsible',
        '川汇区人民政府 co-responsible',
        '商水县人民政府 co-responsible',
        '项城市人民政府 co-responsible',
        '沈丘县人民政府 co-responsible',
        '市经济开发区管委会 co-responsible',
      ],
    ]);
  });

  it('splits a task divided by duty and reads nothing in a line cut before its verb, a sentence or another role', () => {
    expect(read(responsibleLine, '由市财政局、市税务局按职责分工负责')).toEqual([['市财政局 co-responsible', '市税务局 co-responsible']]);
    // 周口 2013 item 3: the page ends inside the line, before 负责落实.
    expect(read(responsibleLine, '由市交通运输局、市公路局,西华县、川汇区人民政府,市经济开发区管委会')).toEqual([]);
    expect(read(responsibleLine, '由各地结合实际负责组织实施。')).toEqual([]);
    expect(read(responsibleLine, '由市商务局牵头,市财政局配合负责落实')).toEqual([]);
    // A 由 sentence inside a paragraph is responsible-in-prose's.
    expect(read(responsibleLine, '活动经费由市财政局负责保障。')).toEqual([]);
  });
});
