import { labelLine } from './label-line';
import { read } from './spec-support';

// Real examples: 立山区政府2023年重点工作任务分解 (鞍山), 安徽省2022年重点工作及责任分解, 丽水市政府工作报告重点工作责任分解 (2023).
describe('label-line', () => {
  it('reads 牵头单位 and 责任单位 on consecutive lines as one clause', () => {
    expect(
      read(
        labelLine,
        '1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位:区发改局\n\n责任单位:立山经济开发区,全区经济运行各专班\n\n2.规模上工业增加值增长5%左右。',
      ),
    ).toEqual([['区发改局 lead', '立山经济开发区 co-responsible', '全区经济运行各专班 co-responsible']]);
  });

  it('reads 协同责任单位 as support and skips the 牵头负责领导 line (a person)', () => {
    const snippet = '1﹒全省生产总值增长7%以上。\n牵头负责领导:刘惠。\n牵头责任单位:省发展改革委。\n协同责任单位:省政府各部门、各直属机构。';
    expect(read(labelLine, snippet)).toEqual([['省发展改革委 lead', '省政府各部门 support', '各直属机构 support']]);
  });

  it('reads 市人行 as a unit and the collective after 等 (滁州 2020), and 主要协作单位 as support (灵璧 2021)', () => {
    const chuzhou =
      '2. 财政收入增长8%左右。\n牵头负责领导:金力。\n牵头责任单位:市财政局。\n协同责任单位:市税务局、滁州海关、市人行、滁州经开区管委会等,各县、市、区政府。';
    expect(read(labelLine, chuzhou)).toEqual([
      ['市财政局 lead', '市税务局 support', '滁州海关 support', '市人行 support', '滁州经开区管委会 support', '各县、市、区政府 support'],
    ]);
    const lingbi = '4.创建国家卫生县城。\n\n牵头责任单位:县卫健委\n\n主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位';
    expect(read(labelLine, lingbi)).toEqual([
      ['县卫健委 lead', '各乡镇人民政府 support', '经济开发区管委会 support', '县政府有关部门 support', '有关直属单位 support'],
    ]);
  });

  it('reads 主责部门/协助单位, 承办单位 and 具体责任单位 labels', () => {
    expect(read(labelLine, '（三）发展会展。\n主责部门：市贸促会；协助单位：市财政局\n')).toEqual([['市贸促会 lead', '市财政局 support']]);
    expect(read(labelLine, '（二）发展电商。\n具体责任单位：市商务局、市邮政管理局\n')).toEqual([['市商务局 co-responsible*', '市邮政管理局 co-responsible']]);
    expect(read(labelLine, '（一）建设物流枢纽。\n承办单位：市商务局\n')).toEqual([['市商务局 co-responsible*']]);
    expect(read(labelLine, '（三）发展会展。\n牵头：市贸促会\n配合：市财政局\n')).toEqual([['市贸促会 lead', '市财政局 support']]);
  });

  it('reads 分别牵头 as every unit leading, and a plain line as co-responsible', () => {
    expect(read(labelLine, '6.城乡居民收入增速保持全省领先。\n\n责任单位:市人力社保局、市农业农村局分别牵头')).toEqual([
      ['市人力社保局 lead', '市农业农村局 lead'],
    ]);
    expect(read(labelLine, '1.生产总值增长6%以上。\n\n责任单位:市发改委')).toEqual([['市发改委 co-responsible*']]);
  });

  it('reads 区属各重点国企 at the end of a 责任单位 line as a collective (渝中区 2023)', () => {
    expect(read(labelLine, '3.固定资产投资总额增长5%以上。\n牵头单位:区发改委\n责任单位:区住建委、各管委会、区属各重点国企等')).toEqual([
      ['区发改委 lead', '区住建委 co-responsible', '各管委会 co-responsible', '区属各重点国企 co-responsible'],
    ]);
  });

  it('reads a label after the last sentence of a paragraph', () => {
    expect(read(labelLine, '加快建设城市商圈。责任单位：市商务局、市财政局')).toEqual([['市商务局 co-responsible*', '市财政局 co-responsible']]);
  });
});
