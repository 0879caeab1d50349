import { normalizeText } from '@policygraph/parse';
import { indicatorTableUnitCells } from './indicator-table-unit-cells';
import { read } from './spec-support';

// Real example: 泉州市2019年“第三产业提升年”活动方案 (泉政办〔2019〕4号), its table of industry targets as the city portal's copy
// leaves it: one cell per line closed by a bar, each row closed by a line of bars, merged cells printed once.
const QUANZHOU = [
  '(一)行业目标',
  '行业/类别 |',
  '2019年增幅(%) |',
  '主要指标 |',
  '2019年增幅(%) |',
  '责任单位 |',
  '|',
  '交通运输、仓储和邮政业增加值 |',
  '11.5~12 |',
  '公路运输总周转量 |',
  '13~14 |',
  '市交通运输局 |',
  '|',
  '水上运输总周转量 |',
  '18~19 |',
  '||||',
  '邮政业务总量 |',
  '30~33 |',
  '市邮政管理局 |',
  '|||',
  '批发和零售业增加值 |',
  '8~8.5 |',
  '批零住餐销售额 |',
  '18~19 |',
  '市商务局 |',
  '|',
  '#限额以上 |',
  '24~26 |',
  '||||',
  '住宿和餐饮业增加值 |',
  '5~5.5 |',
  '||||',
  '限额以下 |',
  '10 |',
  '||||',
  '金融业增加值 |',
  '5~5.5 |',
  '金融机构人民币存贷款余额 |',
  '10~11 |',
  '人民银行泉州市中心支行,市金融监管局 |',
  '|',
  '规上',
].join('\n');

function tasks(snippet: string): string[] {
  const text = normalizeText(snippet).text;
  return indicatorTableUnitCells.find(text).map((clause) => (clause.task ? text.slice(clause.task.start, clause.task.end) : ''));
}

describe('indicator-table-unit-cells', () => {
  it('gives each indicator the unit cell of its row, and the rows printed without one the unit cell merged over them (泉州 2019)', () => {
    expect(tasks(QUANZHOU)).toEqual([
      '公路运输总周转量',
      '水上运输总周转量',
      '邮政业务总量',
      '批零住餐销售额',
      '限额以上',
      '限额以下',
      '金融机构人民币存贷款余额',
    ]);
    expect(read(indicatorTableUnitCells, QUANZHOU)).toEqual([
      ['市交通运输局 co-responsible*'],
      ['市交通运输局 co-responsible*'],
      ['市邮政管理局 co-responsible*'],
      ['市商务局 co-responsible*'],
      ['市商务局 co-responsible*'],
      ['市商务局 co-responsible*'],
      ['人民银行泉州市中心支行 co-responsible*', '市金融监管局 co-responsible'],
    ]);
  });

  it('reads no table without an indicator column, nor cells of text', () => {
    expect(read(indicatorTableUnitCells, '序号 |\n重点任务 |\n责任单位 |\n|\n1 |\n推进项目建设 |\n市发改委 |\n|')).toEqual([]);
    expect(read(indicatorTableUnitCells, '主要指标 |\n责任单位 |\n|\n完成全年目标任务。 |\n要加强督查。 |\n|')).toEqual([]);
  });
});
