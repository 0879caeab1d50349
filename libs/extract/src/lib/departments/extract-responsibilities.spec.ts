import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractionResult, GraphNode } from '@policygraph/graph-types';
import { extractDocument } from '../../index';
import { readGold, readSeed } from '../../test-support/seeds';

interface GoldResponsibility {
  task: string;
  coResponsible: string[];
}

const QINGHAI = '004_6c3dd93e6ca21e83';

interface Owner {
  readonly department: GraphNode;
  readonly role: string;
  readonly presumedLead: boolean;
}

function responsibilitiesByTask(result: ExtractionResult): Map<string, Owner[]> {
  const nodes = new Map(result.nodes.map((node) => [node.id, node]));
  const byTask = new Map<string, Owner[]>();
  for (const rel of result.relationships.filter((candidate) => candidate.type === 'RESPONSIBLE')) {
    const task = nodes.get(rel.from)!.name;
    const owners = byTask.get(task) ?? [];
    owners.push({ department: nodes.get(rel.to)!, role: String(rel.properties['role']), presumedLead: rel.properties['presumedLead'] === true });
    byTask.set(task, owners);
  }
  return byTask;
}

function writtenAs(department: GraphNode, written: string): boolean {
  return (department.properties['aliases'] as string[]).includes(written);
}

describe('responsibility clauses of the Qinghai 实施意见 (seed 004)', () => {
  const result = extractDocument(readSeed(QINGHAI), { documentId: QINGHAI });
  const gold = readGold<{ responsibilities: GoldResponsibility[] }>(QINGHAI).responsibilities;
  const byTask = responsibilitiesByTask(result);

  it('turns every （责任单位：…） clause into one task with RESPONSIBLE edges', () => {
    expect(byTask.size).toBe(gold.length);
    expect(result.relationships.filter((rel) => rel.type === 'RESPONSIBLE')).toHaveLength(gold.reduce((sum, entry) => sum + entry.coResponsible.length, 0));
  });

  it.each(gold.map((entry) => [entry.task, entry] as const))('%s: exactly its departments, co-responsible, the first presumed to lead', (task, expected) => {
    const actual = byTask.get(task);
    expect(actual).toBeDefined();
    // The document states no lead: nobody is a lead, every unit is co-responsible, the first listed is presumed.
    expect(actual!.map((owner) => owner.role)).toEqual(expected.coResponsible.map(() => 'co-responsible'));
    expect(actual!.map((owner) => expected.coResponsible.findIndex((name) => writtenAs(owner.department, name))).sort()).toEqual(
      expected.coResponsible.map((_, i) => i),
    );
    const presumed = actual!.filter((owner) => owner.presumedLead);
    expect(presumed).toHaveLength(1);
    expect(writtenAs(presumed[0].department, expected.coResponsible[0])).toBe(true);
  });

  it('gives every item under a heading that names its lead to that unit (一、县示范区管委会牵头工作（8项）)', () => {
    const text =
      '2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作（3项）\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n2.打造食用菌酵素生产基地。\n3.建设3个劳动密集型产业园。推动生产线投产。\n二、县教育局牵头工作（1项）\n1.新建幼儿园3所。\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'qinxian' }));
    const owners = (task: string) => (byTask.get(task) ?? []).map((owner) => `${owner.department.name} ${owner.role}`);
    expect(owners('投资3000万元建设南美白对虾工厂化循环水养殖基地')).toEqual(['县示范区管委会 lead']);
    expect(owners('打造食用菌酵素生产基地')).toEqual(['县示范区管委会 lead']);
    expect(owners('建设3个劳动密集型产业园')).toEqual(['县示范区管委会 lead']);
    expect(owners('新建幼儿园3所')).toEqual(['县教育局 lead']);
  });

  it('gives each numbered item run on in one paragraph the units of its own bracket (黑龙江 2013 责任分工)', () => {
    const text =
      '黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n一、全省经济社会发展主要目标\n（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（省财政厅主办，省国税局、地税局协办）\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'heilongjiang' }));
    const owners = (task: string) => (byTask.get(task) ?? []).map((owner) => `${owner.department.name} ${owner.role}`);
    expect(owners('地区生产总值增长11%左右')).toEqual(['省发展和改革委员会 co-responsible']);
    expect(owners('公共财政收入增长13%左右').sort()).toEqual(['省国税局 support', '省地税局 support', '省财政厅 lead']);
  });

  it('gives numbered sentences that open with their assignment the task of the item above them (雁塔 促消费: 2、由A牵头…；B负责…)', () => {
    const text =
      '某区促进居民消费实施意见\n二、精心策划、大力开展各项促销活动\n（一）举办“穿靓幸福南城服装展销会”\n从5月中旬开始，在华东服装城广场组织展销活动。\n2、由区商贸旅游局牵头，全面负责活动的组织实施；长延堡街办负责协调华东服装城活动落实工作。\n3、区城管执法局负责联系市城管执法局，支持活动的开展。\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'yanta' }));
    const owners = (byTask.get('举办“穿靓幸福南城服装展销会”') ?? []).map((owner) => `${owner.department.name} ${owner.role}`);
    expect(owners).toEqual(['区商贸旅游局 lead', '长延堡街办 co-responsible', '区城管执法局 co-responsible']);
    expect([...byTask.keys()]).toEqual(['举办“穿靓幸福南城服装展销会”']);
  });

  it('gives a clause inside items run on in one paragraph the last item opened before it (雁塔 促消费, copied without line breaks)', () => {
    const text =
      '区利用消费热点促进居民消费意见针对一季度我区商贸流通业销售下滑的情况，特制定本实施意见。（一）举办“穿靓幸福南城服装展销会”从5月中旬开始，组织展销活动。1、此项活动共同组织实施。2、由区商贸旅游局牵头，全面负责活动的组织实施；长延堡街办负责协调活动落实工作。\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'yanta-run-on' }));
    expect([...byTask.keys()]).toEqual(['举办“穿靓幸福南城服装展销会”从5月中旬开始']);
  });

  it('gives a clause the numbered item run in after a heading and the opening colon (济宁 2015, a portal copy joined into one paragraph)', () => {
    const text =
      '各县(市、区)人民政府,市政府各部门: 为贯彻落实国务院文件精神,现提出以下意见: 一、深入实施就业优先战略 1.坚持就业优先发展战略。将就业创业工作纳入政绩考核。(市发展改革委、市人力资源社会保障局牵头,市委组织部、市财政局参加) 2.发挥小微企业就业主渠道作用。\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'jining-run-in' }));
    expect([...byTask.keys()]).toEqual(['坚持就业优先发展战略']);
    const owners = (byTask.get('坚持就业优先发展战略') ?? []).map((owner) => `${owner.department.name} ${owner.role}`).sort();
    expect(owners).toEqual(['市人力资源和社会保障局 lead', '市发展和改革委员会 lead', '市委组织部 support', '市财政局 support'].sort());
  });

  it('gives a clause the item (一) run in right after a run-in heading (嘉兴 2023, a preview joined into one paragraph)', () => {
    const text =
      '1、嘉兴市实施方案为深入贯彻决策部署,制定本实施方案。一、加强民营经济资源要素支持(一)强化财税政策保障。贯彻落实税费优惠政策。(市税务局、市财政局,各县市、区政府,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出)(二)加强产业基金支持。\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'jiaxing-run-in' }));
    expect([...byTask.keys()]).toEqual(['强化财税政策保障']);
    const owners = (byTask.get('强化财税政策保障') ?? []).map((owner) => `${owner.department.name} ${owner.role}`).sort();
    expect(owners).toEqual(['市税务局 lead', '市财政局 co-responsible', '各县市、区政府 co-responsible'].sort());
  });

  it('gives a clause the numbered item run in after a (一) title closed by 。 (item-after-run-in-title, 河南 豫政〔2023〕5号)', () => {
    const text =
      '确保年度重点工作任务圆满完成。 一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复和扩大消费摆在优先位置,调整妨碍消费的限制性措施。(省商务厅、财政厅、发展改革委等相关部门按职责分工负责) 2.落实好提振市场信心90条措施。(省发展改革委牵头,省商务厅等相关部门按职责分工负责)\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'henan-run-in' }));
    expect([...byTask.keys()]).toEqual(['把恢复和扩大消费摆在优先位置', '落实好提振市场信心90条措施']);
  });

  it('gives the first item run in after a (一) title without 。, on the line its part heading runs on, its own words (heading-run-on, 彭山 中医药)', () => {
    const text =
      '二、重点任务(一)建立健全中医药服务体系行动1.中医医院高质量发展,主动参与市、区、基层一体化中医药医疗服务信息化体系建设,(责任单位:区卫生健康局、区财政局等)2.政府举办的综合医院、妇幼保健机构中医药科室建设,(责任单位:区卫生健康局、区发展改革局等)\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'pengshan-run-in' }));
    expect([...byTask.keys()]).toEqual(['中医医院高质量发展', '政府举办的综合医院、妇幼保健机构中医药科室建设，']);
  });

  it('reads a table of places not golded before: a unit cell of several lines and a row under a merged serial (大竹 2016), a coordination mechanism as lead (mechanisms-as-units, 定州 2021)', () => {
    const read = (name: string) => {
      const result = extractDocument(readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'passages', name), 'utf8'), {
        documentId: name,
      });
      return [...responsibilitiesByTask(result)].map(
        ([task, owners]) =>
          `${task}: ${owners
            .map((owner) => `${owner.department.name} ${owner.role}`)
            .sort()
            .join(', ')}`,
      );
    };
    const dazhu = read('dazhu-minsheng-shishi-2016.txt');
    // 县住建局 is kept as an alias of the canonical 县住房和城乡建设局.
    expect(dazhu).toContain(
      '启动建设东柳河城区段综合治理工程和东湖湿地公园: 县住房和城乡建设局 co-responsible, 县护城河指挥部 co-responsible, 县水务局 co-responsible',
    );
    expect(dazhu).toContain('开工建设老年大学: 县民政局 co-responsible');
    expect(dazhu).toContain('建成县残疾人综合服务中心: 县残联 co-responsible');
    const dingzhou = read('dingzhou-shuju-gongxiang-2021.txt');
    expect(dingzhou.find((line) => line.startsWith('依托我市一体化政务服务平台'))).toMatch(
      /: 各乡镇（街道） co-responsible, 市政务数据共享协调机制 lead, 市直相关部门 co-responsible$/,
    );
  });

  it('names an item by the clause after a lead-in saying what it follows (preamble-clause, 东莞 2021 稳就业)', () => {
    const text =
      '一、减负稳岗留工并举\n(一)减轻企业负担,稳定就业岗位\n1.按照国家统一部署,平稳有序实施企业职工基本养老保险缴费比例、缴费基数统一政策,保持企业社会保险缴费成本预期稳定。(市人力资源社会保障局、市医保局负责)\n2.继续按不高于2017年征收标准征收残疾人就业保障金。(市残联、市财政局负责)\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'dongguan-preamble' }));
    expect([...byTask.keys()][0]).toBe('平稳有序实施企业职工基本养老保险缴费比例、缴费基数统一政策');
  });

  it("gives a label line closing several plain paragraphs under one heading the heading's item (河南 2023 爱国卫生季)", () => {
    const text =
      '二、重点工作\n(一)开展城市提档升级攻坚行动。\n1、全面完成“两下两进两拆两补〞\n(1)集中攻坚“两下〞。\n全面整治“广告下墙〞,县城区剩余的旧广告撤除任务,5月底完成。\n加快完成“立面规整〞、“招牌提质〞,县城区、古镇新区,6月底完成。\n责任单位:城乡建设管理综合行政执法队、城建股\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'aiwei' }));
    expect([...byTask.keys()]).toEqual(['集中攻坚“两下〞']);
    // With a label between the paragraphs, the later label keeps the sentence before it.
    const each =
      '(1)集中攻坚“两下〞。\n全面整治“广告下墙〞,县城区剩余的旧广告撤除任务,5月底完成。\n责任单位:城建股\n加快完成“立面规整〞、“招牌提质〞,县城区、古镇新区,6月底完成。\n责任单位:城乡建设管理综合行政执法队\n';
    expect([...responsibilitiesByTask(extractDocument(each, { documentId: 'aiwei-each' })).keys()]).toContain(
      '加快完成“立面规整〞、“招牌提质〞，县城区、古镇新区，6月底完成',
    );
  });

  it('gives a bracket on its own line after the last of several sub-items the item they divide (运城 2017 应急体系 责任分解)', () => {
    const item =
      '(一)“一案三制”建设\n1.完善应急预案体系\n(1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作。\n(2)推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案。\n(3)加强应急预案演练,完善演练管理制度。\n(4)加强应急预案的培训宣传,扩大应急预案发布范围。\n(责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)\n';
    const byTask = responsibilitiesByTask(extractDocument(item, { documentId: 'yuncheng' }));
    expect([...byTask.keys()]).toEqual(['完善应急预案体系']);
    // Sub-items with brackets of their own keep theirs, the last one too.
    const each =
      '1.完善应急预案体系\n(1)加强应急预案管理,规范应急预案编制。\n(责任单位:市应急局)\n(2)加强应急预案演练,完善演练管理制度。\n(责任单位:市应急局、各县(市、区)人民政府)\n';
    expect([...responsibilitiesByTask(extractDocument(each, { documentId: 'yuncheng-each' })).keys()]).not.toContain('完善应急预案体系');
  });

  it('gives a bracket closing the last paragraph of an item whose other paragraphs have none the whole item (rule bracket-closes-item, 银川 2019)', () => {
    // 银川都市圈建设2019年工作计划 (a Traditional repost, read as Simplified): a lead sentence, project lines, a closing paragraph.
    const item =
      '一、基础设施互联互通\n(一)道路畅通工程。加快建设都市圈快速通道,畅通“微循环”。\n全面规划都市圈快速通道路网,\n?2019年建成典农河至沙湖旅游公路等项目;\n?加快建设银川东线公路等项目;\n进一步规范道路限高、限宽等交通设施,保障道路安全畅通。(自治区交通运输厅牵头,自治区发展改革委、自然资源厅、银川市、石嘴山市、吴忠市人民政府、宁东管委会配合)\n(二)城际公交工程。加快城际公交一体化进程。\n';
    const byTask = responsibilitiesByTask(extractDocument(item, { documentId: 'yinchuan' }));
    expect([...byTask.keys()]).toEqual(['道路畅通工程']);
    // Rule cities-share-government: 银川市、石嘴山市、吴忠市人民政府 are three city governments.
    expect(byTask.get('道路畅通工程')!.map((owner) => `${owner.department.name} ${owner.role}`)).toEqual(
      expect.arrayContaining(['自治区交通运输厅 lead', '银川市人民政府 support', '石嘴山市人民政府 support', '吴忠市人民政府 support', '宁东管委会 support']),
    );
    // A paragraph closed by its own bracket in a two-paragraph item keeps its own task.
    const two = '(一)道路畅通工程。加快建设都市圈快速通道。\n进一步规范道路限高、限宽等交通设施。(自治区交通运输厅牵头)\n';
    expect([...responsibilitiesByTask(extractDocument(two, { documentId: 'yinchuan-two' })).keys()]).not.toContain('道路畅通工程');
  });

  it('gives each work under a heading that groups works its own sentence, two works on one line too (works-under-group-heading, sentence-between-brackets: 滨州)', () => {
    // 滨州, 重大工程和项目责任主体和分工: a heading grouping works, each work a line closed by its own bracket.
    const text =
      '三、重大工程和项目责任主体和分工\n(一)新农村建设重点工程。\n农业综合开发、良种繁育推广、优质粮食产业示范工程。(市农业局、发改委、财政局按职责牵头负责)\n建立农产品质量安全体系和检疫检测体系。(市农业局、畜牧局、质监局按职责牵头负责)\n城市基础设施向农村延伸工程。(市发改委、建设局按职责牵头负责)新农村社区建设试点工程、“城中村”改造工程。(市建设局牵头负责)\n生态村建设工程。(市环保局牵头负责)\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'binzhou' }));
    expect([...byTask.keys()]).toEqual([
      '农业综合开发、良种繁育推广、优质粮食产业示范工程',
      '建立农产品质量安全体系和检疫检测体系',
      '城市基础设施向农村延伸工程',
      '新农村社区建设试点工程、“城中村”改造工程',
      '生态村建设工程',
    ]);
    expect(byTask.get('新农村社区建设试点工程、“城中村”改造工程')!.map((owner) => `${owner.department.name} ${owner.role}`)).toEqual(['市建设局 lead']);
    // An item whose heading runs on into its paragraph (忻州 2022: 1.延续…政策,2022年对…。(责任单位:市税务局)) keeps its heading.
    const runOn =
      '一、服务业普惠性纾困扶持措施\n1.延续服务业增值税加计抵减政策,2022年对生产、生活性服务业纳税人继续加计抵减。(责任单位:市税务局)\n2.2022年至2024年扩大六税两费适用范围。(责任单位:市财政局、市税务局)\n';
    expect([...responsibilitiesByTask(extractDocument(runOn, { documentId: 'xinzhou' })).keys()][0]).toMatch(/^延续服务业增值税加计抵减政策/);
  });

  it('gives a bracket closing the first sentence of an item whose text goes on that sentence, not the heading (bracket-mid-item, 江门)', () => {
    const text =
      '4.生态保护一体化。加快污水处理厂建设,联手开展环境保护和生态建设。(市环保局牵头,市水利局配合)\n5.行政服务一体化。制定江门市园区(基地)投资项目行政审批和政府服务“零收费”实施细则(市行政服务中心牵头,市委政研室、市发展改革局配合)。继续清理和调整行政审批事项。\n';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'jiangmen' }));
    expect([...byTask.keys()]).toEqual(['生态保护一体化', '制定江门市园区（基地）投资项目行政审批和政府服务“零收费”实施细则']);
  });

  it('gives a bracket after a sentence a page break split the item the sentence began in (paragraph-broken-by-page, 山东 2020)', () => {
    const text =
      '一、强化金融支持\n1.加大信贷支持力度。对受疫情影响较大的行业企业,要灵活运用无还本续贷、应急转贷等措施,支持相关企业稳定授信。对受疫情影响、授信到期还款确有困难的中小微企业,银行机构\n\n\n和地方金融组织要通过适当降低利率、调整还款期限和方式,帮助企业渡过难关。(山东银保监局、人民银行济南分行、省地方金融监管局分工负责)\n2.降低信贷融资成本。银行机构要压降成本费率。\n(山东银保监局、人民银行济南分行、省地方金融监管局分工负责)\n';
    expect([...responsibilitiesByTask(extractDocument(text, { documentId: 'shandong' })).keys()]).toEqual(['加大信贷支持力度', '降低信贷融资成本']);
    // A short line without its full stop is a title, not half a sentence: the clause that opens with 与 after it is its own.
    const binzhou = '(二)港口建设重点工程。\n滨州港建设工程\n与黄骅大港对接,渤海大桥建设(市发改委、市交通局按照职责牵头负责)\n';
    const binzhouTasks = [...responsibilitiesByTask(extractDocument(binzhou, { documentId: 'binzhou' })).keys()];
    expect(binzhouTasks).toHaveLength(1);
    expect(binzhouTasks[0]).toMatch(/^与黄骅大港对接/);
  });

  it('gives a bracket on a line a copy broke mid-sentence the item the sentence began in (line-broken-mid-word, 云南 全域旅游)', () => {
    const text =
      '一、打造全域旅游精品\n(五)打造一批自驾游、徒步精品旅游线路。依托旅游景区、旅游城镇、旅游特色村、旅游公路,围绕全省32条精品自驾旅游线路\n规划布局,改善道路通达条件,提升通信保障能力。(各州、市人民政府负责;省工业和信息化委、交通运输厅、旅游发展委,省通信管理局协调推动)\n';
    expect([...responsibilitiesByTask(extractDocument(text, { documentId: 'yunnan' })).keys()]).toEqual(['打造一批自驾游、徒步精品旅游线路']);
    // A short first line after a run-in title, broken at a width (嵊州 2022, a copy broken every 30 characters).
    const shengzhou =
      '一、深入实施数字经济“一号工程”\n(二)加快推进数字产业化。做强做大数字核心企业,当年\n首次列入国家电子信息百强企业、省电子信息产业百家重点企业\n的,分别给予一次性奖励20万元、10万元。(责任单位:市经信局)\n';
    expect([...responsibilitiesByTask(extractDocument(shengzhou, { documentId: 'shengzhou' })).keys()]).toEqual(['加快推进数字产业化']);
  });

  it('gives a clause the item after a run-in heading with a comma in it, where a copy ran the lines together (run-in-heading-with-comma, 内蒙古 2009)', () => {
    const text =
      '各旗、县、区人民政府: 一、充分认识搞活流通的重大意义 (一)流通是连接生产与消费的桥梁与纽带。 二、进一步健全农村流通网络,拉动农村消费 (二)深入推进“万村千乡”市场工程。按照规范、发展、提高的原则,进一步扩大覆盖面。市商务部门负责规划、指导、验收,相关旗县(区)负责组织实施,财政、农牧业和供销、邮政、电信等部门配合落实。 (三)大力实施“双百';
    const byTask = responsibilitiesByTask(extractDocument(text, { documentId: 'neimenggu' }));
    expect([...byTask.keys()]).toEqual(['深入推进“万村千乡”市场工程']);
    expect(byTask.get('深入推进“万村千乡”市场工程')!.map((owner) => owner.department.name)).toEqual(['市商务部门', '相关旗县（区）']);
  });

  it("gives the units of an event plan's field lines the event its 活动名称 names, a named undertaking (肃南 2022)", () => {
    // 肃南 2022 (gssn.gov.cn): the field lines, each on its own line in the page, are kept apart by the text normalizer.
    const text =
      '肃南县2022年促消费专项活动实施方案\n一、总体安排\n活动名称：肃南县2022年“乐游肃南·助商惠民”促消费专项活动\n活动时间：2022年9月1日—12月30日\n主办单位：肃南县人民政府\n承办单位：县工信局、县财政局、县文旅局、各乡镇人民政府，农行肃南县支行\n协办单位：县统计局、县市场监管局\n二、资金来源\n本次专项行动共筹措资金105万元。\n';
    const result = extractDocument(text, { documentId: 'sunan' });
    const byTask = responsibilitiesByTask(result);
    expect([...byTask.keys()]).toEqual(['肃南县2022年“乐游肃南·助商惠民”促消费专项活动']);
    const owners = (byTask.get('肃南县2022年“乐游肃南·助商惠民”促消费专项活动') ?? []).map((owner) => `${owner.department.name} ${owner.role}`).sort();
    expect(owners).toEqual(
      [
        '肃南县人民政府 lead',
        '县工业和信息化局 co-responsible',
        '县财政局 co-responsible',
        '县文化和旅游局 co-responsible',
        '各乡镇人民政府 co-responsible',
        '农行肃南县支行 co-responsible',
        '县统计局 support',
        '县市场监督管理局 support',
      ].sort(),
    );
    expect(result.nodes.filter((node) => node.label === 'Project').map((node) => node.name)).toEqual(['肃南县2022年“乐游肃南·助商惠民”促消费专项活动']);
  });

  it('merges one department written two ways (省医保局, 省医疗保障局) into one region-scoped node', () => {
    const ids = result.nodes.filter((node) => node.label === 'Department' && node.name === '省医疗保障局').map((node) => node.id);
    expect(ids).toEqual(['department:青海省:省医疗保障局']);
    const of = result.relationships.find((rel) => rel.type === 'OF_REGION' && rel.from === ids[0]);
    expect(of?.to).toBe('region:青海省');
  });

  it('keeps collectives and classifies vertical branches and enterprises', () => {
    const kind = (name: string) => result.nodes.find((node) => node.label === 'Department' && node.name === name)?.properties['kind'];
    expect(kind('各市州人民政府')).toBe('collective');
    expect(kind('各行业主管部门')).toBe('collective');
    expect(kind('国家税务总局青海省税务局')).toBe('vertical');
    expect(kind('中国人民银行西宁中心支行')).toBe('vertical');
    expect(kind('国网青海省电力公司')).toBe('enterprise');
    expect(kind('省商务厅')).toBe('government');
  });

  it('describes the document and its region', () => {
    expect(result.document).toMatchObject({
      region: '青海省',
      docNumber: '青政办〔2020〕62号',
      issuedOn: '2020-08-13',
      issuer: '青海省人民政府办公厅',
    });
    expect(result.relationships).toContainEqual(expect.objectContaining({ type: 'ABOUT', from: `document:${QINGHAI}`, to: 'region:青海省' }));
  });
});
