import { read } from './spec-support';
import { unitColumnLine } from './unit-column-line';

// Real example: 咸宁市人民政府公报 2020年第2号, the division table of the city's measures under the central and provincial
// policies (one cell per line, merged group cells printed once).
const XIANNING = [
  '重点工作',
  '主要',
  '任务',
  '工作措施',
  '责任单位',
  '备注',
  '一、加大财政金融支持力度',
  '(一)加强对防疫重点企业财税支持',
  '市税务局等,各县、市、区政府,咸宁高新区管委会',
  '2020年12月',
  '2.纳入工信部支持新冠肺炎防护用品(具)技术改造设备购置补贴的重点企业,省财政给予设备购置费中央补贴后的剩余配套补贴。',
  '市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会',
  '3.在疫情防控调度任务结束后,对省疫情防控指挥部统一征用调配的重点企业已生产的库存产品,全部由政府兜底采购收储,省财政负责按分级负担原则落实资金。',
  '市财政局等,各县、市、区政府,咸宁高新区管委会',
].join('\n');

describe('unit-column-line', () => {
  it('reads each bare unit list under a one-cell-per-line header with one 责任单位 column (咸宁 2020)', () => {
    expect(read(unitColumnLine, XIANNING)).toEqual([
      ['市税务局 co-responsible*', '各县、市、区政府 co-responsible', '咸宁高新区管委会 co-responsible'],
      ['市经信局 co-responsible*', '市财政局 co-responsible', '各县、市、区政府 co-responsible', '咸宁高新区管委会 co-responsible'],
      ['市财政局 co-responsible*', '各县、市、区政府 co-responsible', '咸宁高新区管委会 co-responsible'],
    ]);
  });

  it('gives the role a 牵头单位 column states', () => {
    expect(read(unitColumnLine, XIANNING.replace('责任单位', '牵头单位'))[0]).toEqual(['市税务局 lead', '各县、市、区政府 lead', '咸宁高新区管委会 lead']);
  });

  it('reads nothing under a header with two unit columns (a bare list could be either) or without a header', () => {
    expect(read(unitColumnLine, XIANNING.replace('责任单位', '牵头单位\n配合单位'))).toEqual([]);
    expect(read(unitColumnLine, XIANNING.split('\n').slice(6).join('\n'))).toEqual([]);
  });

  it('reads no line of text that names a unit (对…由省财政负责) nor a deadline', () => {
    const found = read(unitColumnLine, XIANNING).flat();
    expect(found.some((party) => party.startsWith('省财政'))).toBe(false);
    expect(found.some((party) => party.startsWith('2020年'))).toBe(false);
  });
});
