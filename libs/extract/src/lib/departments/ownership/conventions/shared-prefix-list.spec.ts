import { readUnitList } from '../unit-list';

const names = (list: string) => readUnitList(list, 0).units.map((unit) => `${unit.name}${unit.sharedPrefix ? '^' : ''}`);

// Real examples: 福建省关于推动县域经济高质量发展的意见 (2024), 呼包银榆经济区发展规划分工方案 (内蒙古, 2013).
describe('shared-prefix-list', () => {
  it('carries a 省 prefix written once to the bare department names after it (^ = prefix shared)', () => {
    expect(names('各市、县（区）人民政府,平潭综合实验区管委会,省工信厅、发改委、财政厅、农业农村厅、文旅厅')).toEqual([
      '各市、县（区）人民政府',
      '平潭综合实验区管委会',
      '省工信厅',
      '省发改委^',
      '省财政厅^',
      '省农业农村厅^',
      '省文旅厅^',
    ]);
  });

  it('carries 自治区 and keeps old names as written, but not onto a place-named office or a collective', () => {
    expect(names('自治区发展改革委、经济和信息化委、国土资源厅、环保厅和内蒙古电力监管办及相关盟市配合')).toEqual([
      '自治区发展改革委',
      '自治区经济和信息化委^',
      '自治区国土资源厅^',
      '自治区环保厅^',
      '内蒙古电力监管办',
      '相关盟市',
    ]);
  });

  it('carries a prefix shared within its run on into the runs after a comma that write none (an air plan of 2022)', () => {
    expect(names('市发改委、工信局、行政审批局牵头,生态环境局、交通局等配合,各乡镇(园区)负责落实')).toEqual([
      '市发改委',
      '市工信局^',
      '市行政审批局^',
      '市生态环境局^',
      '市交通局^',
      '各乡镇(园区)',
    ]);
    // A run that writes its own prefix keeps it, and the runs after it share that one or none.
    expect(names('市发改委、工信局牵头,区财政局、商务局配合')).toEqual(['市发改委', '市工信局^', '区财政局', '区商务局^']);
    // National bodies' local offices take no local prefix.
    expect(names('省发展改革委、财政厅牵头,各市州人民政府、国家能源局湖南监管办配合')).toEqual([
      '省发展改革委',
      '省财政厅^',
      '各市州人民政府',
      '国家能源局湖南监管办',
    ]);
  });

  it('leaves lists that write every prefix, party bodies and vertically managed offices alone', () => {
    expect(names('市发改委、市财政局')).toEqual(['市发改委', '市财政局']);
    // 四川 2022: the prefix is written on every unit but one; the one is kept as written.
    expect(names('省发展改革委、省市场监管局、商务厅、省大数据中心')).toEqual(['省发展改革委', '省市场监管局', '商务厅', '省大数据中心']);
    expect(names('省发改委，财政厅')).toEqual(['省发改委', '财政厅']);
    expect(names('省发改委、市场监管局、自然资源厅')).toEqual(['省发改委', '省市场监管局^', '省自然资源厅^']);
    expect(names('市委组织部、宣传部')).toEqual(['市委组织部', '宣传部']);
    expect(names('省商务厅、海关、税务局')).toEqual(['省商务厅', '海关', '税务局']);
  });
  it('gives no level prefix to a branch office of a higher-level bureau named by its place (海曙 2023)', () => {
    // 责任单位:区发改局、海曙生态环境分局(列第一位者为牵头或汇总单位,下同): 海曙生态环境分局 is 宁波's bureau in 海曙.
    expect(names('区发改局、海曙生态环境分局')).toEqual(['区发改局', '海曙生态环境分局']);
    expect(names('区发改局、人力社保局')).toEqual(['区发改局', '区人力社保局^']);
  });
  it('drops a name the page cuts off right after its own opening bracket (诸暨 2023, the stored opening ends inside a cell)', () => {
    expect(names('招商投资促进中心,各部门,各镇乡(')).toEqual(['招商投资促进中心', '各部门']);
    // A remark cut off inside its bracket keeps the name before it (各区人民政府〈含开发区、).
    expect(names('市财政局、各区人民政府〈含开发区、')).toEqual(['市财政局', '各区人民政府']);
  });
  it('reads 会 between two units as 会同 written short, and no 会 of a committee or council (convenes-short, 广东 2021)', () => {
    const roles = (list: string) => readUnitList(list, 0).units.map((unit) => `${unit.name} ${unit.stated ?? '-'}`);
    expect(roles('宣传处会办公室')).toEqual(['宣传处 lead', '办公室 support']);
    expect(roles('开发区管委会办公室')).toEqual(['开发区管委会办公室 -']);
    expect(roles('县总工会、县妇联')).toEqual(['县总工会 -', '县妇联 -']);
    // 会计, 会展: words of their own.
    expect(roles('县财政局会计核算中心')).toEqual(['县财政局会计核算中心 -']);
  });
  it('reads a starred unit without its star, and no leader named with an office (starred-unit, person-by-office, 龙湾 2023)', () => {
    expect(names('区政府办公室*、区财政局')).toEqual(['区政府办公室', '区财政局']);
    expect(names('李丹常委、常务副区长')).toEqual([]);
  });
});
