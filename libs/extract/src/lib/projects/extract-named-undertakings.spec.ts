import { readFileSync } from 'fs';
import { join } from 'path';
import { extractDocument } from '../../index';

const projects = (text: string): string[] =>
  extractDocument(text, { documentId: 'spec' })
    .nodes.filter((node) => node.label === 'Project')
    .map((node) => node.name);

describe('extractNamedUndertakings', () => {
  it('takes no undertaking from the document title: the title names the document itself', () => {
    const text = '某市加快推进数字新基建发展三年行动计划（2020—2022年）\n二、重点任务\n实施千兆城市建设工程，建设城市大脑运营中心。\n';
    expect(projects(text)).toEqual(['千兆城市建设工程', '城市大脑运营中心']);
  });

  it('takes none where the text repeats the end of its title (a title broken over lines under its notice, 静安 2018)', () => {
    const text =
      '中共某区委办公室 某区人民政府办公室印发《某区加快建设“国际某区”三年行动计划(2018—2020年)》的通知\n某区\n加快建设“国际某区”三年行动计划\n(2018—2020年)\n一、主要任务\n实施“四大品牌”提升工程。\n';
    expect(projects(text)).toEqual(['“四大品牌”提升工程']);
  });

  it('names an item of a counted list once, by the heading that spells it out whole (rule counted-item-heading: 杭州 2023)', () => {
    const hangzhou =
      '某市2023年三农工作要点\n总体思路是：深入实施生态农业提效、和美乡村提质、农民增收提阶“三大行动”，加快推进农业农村现代化。\n一、实施生态农业提效行动\n坚持把粮食安全作为“头等大事”。\n';
    expect(projects(hangzhou)).toEqual(['和美乡村提质', '农民增收提阶', '生态农业提效行动']);
  });

  it("reads a numbered heading that names its section's programme (rule heading-names-undertaking: 楚雄 2024), once when a quoted item named it first (广元 2023)", () => {
    const chuxiong =
      '某州文化和旅游强州建设三年行动（2024—2026年）\n一、总体思路\n建设文化和旅游强州。\n二、重点任务\n（一）深入实施“文化兴楚”行动\n1. 强化思想引领。坚持中国特色社会主义文化发展道路。\n';
    expect(projects(chuxiong)).toEqual(['“文化兴楚”行动']);
    const guangyuan =
      '某市2023消费促进年工作方案\n二、工作目标\n通过实施“基础建设”、“提质扩容”、“主体培育”、“产品推广”、“企业盘活”、“外贸增量”六大行动，建成或改造提升一批城市商圈。\n三、重点任务\n（一）实施消费基础建设行动\n1.打造城市商圈。优化城市商圈规划布局。\n';
    expect(projects(guangyuan)).toEqual(['“基础建设”', '“提质扩容”', '“主体培育”', '“产品推广”', '“企业盘活”', '“外贸增量”']);
  });

  it('reads a contents line as its heading without the page number that closes it (rule contents-line: 湘潭 2021)', () => {
    // The 目录 of a services plan as a repost keeps it: headings with nothing under them, each closed by its page.
    const xiangtan =
      '湘潭市“十四五”服务业发展规划\n\n目   录\n\n四、产业发展重点 19\n\n（三）促进五大传统服务产业转型升级 38\n\n五、实施服务业提质增效七大工程 47\n\n（一）供给侧结构优化工程 47\n\n（二）服务质量提升工程 49\n\n（三）“两业”融合示范工程 50\n\n六、保障措施 56\n\n（一）健全组织保障 56\n';
    expect(projects(xiangtan)).toEqual(['服务业提质增效七大工程', '供给侧结构优化工程', '服务质量提升工程', '“两业”融合示范工程']);
    // A heading with text under it keeps its words: a number closing it is no page.
    expect(projects('某县三年行动方案\n二、重点任务\n（一）新农村建设工程 2\n建设美丽乡村示范村。\n')).toEqual([]);
  });

  it('keeps one node for a campaign named again with its place and year before it (肃南 2022: 活动名称：肃南县2022年“…”促消费专项活动)', () => {
    const text = readFileSync(join(__dirname, '../../../../../test/fixtures/passages/sunan-cuxiaofei-2022.txt'), 'utf8');
    expect(projects(text).filter((name) => name.includes('乐游肃南'))).toEqual(['肃南县2022年“乐游肃南·助商惠民”促消费专项活动']);
  });

  it('reads the lines under a line announcing a list of projects, one project a line, up to the first that is none (rule listed-under-heading: 临西 2023)', () => {
    const text =
      '某县8个重大项目集中开工\n出席活动的县领导共同为项目集中开工培土奠基。\n开工项目名单\n河北汇蚨轴承制造有限公司精密轴承生产项目\n邢台安合供应链管理有限公司智慧物流中心建设项目\n河北鑫峰汽车零部件有限公司发动机\n某某汽配产业园\n';
    expect(projects(text)).toEqual(['河北汇蚨轴承制造有限公司精密轴承生产项目', '邢台安合供应链管理有限公司智慧物流中心建设项目']);
    // A line that only mentions a list reads nothing after it.
    expect(projects('某县项目建设情况\n项目名单另行公布，请各单位抓紧推进。\n河北汇蚨轴承制造有限公司精密轴承生产项目\n')).toEqual([]);
  });

  it('reads a venue of a start of works as a project, unless the text names it otherwise too (rule venue-of-start: 房县 2021, 安平 2022; 石泉 2022)', () => {
    expect(projects('某县重大项目集中开工\n开工仪式主现场设立在西南农产品物流园项目，4个分现场同步开工。\n')).toEqual(['西南农产品物流园项目']);
    expect(projects('某县重点项目集中开工\n5月6日，安平县2022年二季度重点项目集中开工仪式在健康驿站项目建设现场举行。\n')).toEqual(['健康驿站项目']);
    const shiquan =
      '某县集中开工重点项目25个\n11月17日，石泉县在城关镇青山沟特色林果产业示范园项目现场设立分会场。\n据悉，本次集中开工的重点项目分别是青山沟特色林果产业示范园、古堰富硒食品产业园标准化厂房提质改造二期等25个2023年重点建设项目。\n';
    expect(projects(shiquan)).toEqual(['青山沟特色林果产业示范园', '古堰富硒食品产业园标准化厂房提质改造二期']);
  });

  it('takes none from a plan the text cites by its title in 《》 and names again without it (福州 2018)', () => {
    const text =
      '数字福州建设推进会召开\n推进会发布了《“数字福州”建设三年行动计划(2018—2020年)》(简称《行动计划》)。我市出台了“数字福州”建设三年行动计划，实施千兆城市建设工程。\n';
    expect(projects(text)).toEqual(['千兆城市建设工程']);
  });
  it('reads in a review the works listed, started or done and the quoted programmes carried out, not what a verb builds there (rule works-in-review: 虎林 2025, 齐齐哈尔 2022)', () => {
    const hulin =
      '政府工作报告\n一、2024年工作回顾\n全年签约中沄通达储能柜组装、盘珂实业跨境冷链产业园等优势项目45个；鸿祥药品生产、迪晟健医药自动化物流仓库等4个项目顺利竣工。实施“百万千”产业倍增计划。成功创建国家全域旅游示范区，建成面向南亚东南亚辐射中心。\n';
    expect(projects(hulin)).toEqual(['中沄通达储能柜组装', '盘珂实业跨境冷链产业园', '鸿祥药品生产', '迪晟健医药自动化物流仓库', '“百万千”产业倍增计划']);
    // A quoted programme the place joined or was selected into is named in a review without a verb of carrying it out.
    expect(projects('政府工作报告\n一、2024年工作回顾\n7所高职学校入选国家“双高计划”。\n')).toEqual([]);
  });
  it('reads the project whose site a visit is made to (rule venue-of-start: 满城 2024), not a generic site', () => {
    const text =
      '某区以高质量项目建设集聚新动能\n在河北九汇医药生物产业基地项目施工现场，记者看到，项目一期的综合楼已顺利完工。在重点项目建设现场，工人们正加紧施工。\n';
    expect(projects(text)).toEqual(['河北九汇医药生物产业基地项目']);
  });

  it('reads a list a principle calls its projects, and nothing else there (rule listed-projects-in-principles: 徐汇 2018)', () => {
    const text =
      '某区三年行动计划\n一、总体要求\n（二）基本原则\n——坚持对标国际，增强服务国家战略能力。对接上海科创中心、自贸试验区建设两大国家战略，瞄准全球最高标准，推动国家双创示范基地、国家“互联网+政务服务”示范工程、国家知识产权综合管理改革试点区等重大项目建设，充分发挥示范引领作用。\n';
    expect(projects(text)).toEqual(['国家双创示范基地', '国家“互联网+政务服务”示范工程', '国家知识产权综合管理改革试点区']);
  });
});

describe('named undertakings in the cells of a task table (lead, fifth sitting: 临安 2022, 西昌 2021)', () => {
  const page = (plan: string) =>
    `发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n1 | 新建成公办中小学、幼儿园7所。 | ${plan} | 教育局 | 发改局、住建局 |\n`;

  it('reads no second undertaking in a cell the table already made a Project of (西昌 2021: 建设西昌现代蔬菜产业种苗中心)', () => {
    const text = readFileSync(join(__dirname, '../../../../../test/fixtures/passages/xichang-xiangmubiao-2021.txt'), 'utf8');
    expect(projects(text).filter((name) => name.includes('种苗中心'))).toHaveLength(1);
  });

  it('reads the works a cell of the plan names', () => {
    expect(projects(page('1.8月底前职教中心、学府路幼儿园竣工交付。 2.11月底前天目山镇中心幼儿园竣工交付。'))).toEqual(
      expect.arrayContaining(['职教中心', '学府路幼儿园', '天目山镇中心幼儿园']),
    );
  });
  it('venue-is-item: a venue whose list names it with its phase in brackets is that item, one undertaking (澄迈 2024)', () => {
    const text =
      '某县2024年第一批项目集中开工\n5月30日，某县举办2024年第一批项目集中开工、竣工仪式。本次活动主会场在中海油能源发展股份有限公司海南生产支持基地项目现场举行，信义玻璃深加工、海南生产支持基地(一期)、自动化设备制造基地等12个项目集中开工。\n';
    expect(projects(text)).toEqual(['信义玻璃深加工', '海南生产支持基地（一期）', '自动化设备制造基地']);
  });

  it('names a work once where the text writes it with and without its closing 项目 (rule same-work-with-项目: 英山)', () => {
    const text =
      '英山县重大项目集中开工\n县委书记宣布我县一季度重大项目集中开工活动启动暨长安建筑工业化产业园项目正式开工。\n此次活动中，长安建筑工业化产业园、茶产业高质量发展公共服务平台、东风商用车安全带技改扩规3个先进制造业项目，城西新城排水箱涵工程、英山县城市风貌整体提升工程2个基础设施项目共5个重大项目的集中开工建设。\n';
    expect(projects(text)).toEqual([
      '长安建筑工业化产业园项目',
      '茶产业高质量发展公共服务平台',
      '东风商用车安全带技改扩规',
      '城西新城排水箱涵工程',
      '英山县城市风貌整体提升工程',
    ]);
  });
});
