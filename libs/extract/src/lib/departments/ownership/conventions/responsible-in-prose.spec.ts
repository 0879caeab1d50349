import { normalizeText } from '@policygraph/parse';
import { responsibleInProse } from './responsible-in-prose';
import { read } from './spec-support';

/** The tasks the clauses of a snippet name themselves (undefined: the item's or the paragraph's). */
function tasks(snippet: string): (string | undefined)[] {
  const text = normalizeText(snippet).text;
  return responsibleInProse.find(text).map((clause) => (clause.task ? text.slice(clause.task.start, clause.task.end) : undefined));
}

describe('responsible-in-prose', () => {
  it('reads units opening a clause of running text, then 负责 (营口 2025)', () => {
    expect(read(responsibleInProse, '市财政局积极做好资金保障和监管工作。市商务局负责具体活动组织实施和效果评估。')).toEqual([['市商务局 co-responsible*']]);
    expect(read(responsibleInProse, '活动经费由市财政局负责保障。')).toEqual([['市财政局 co-responsible*']]);
    expect(read(responsibleInProse, '各项任务由市发展改革委、市财政局负责落实。')).toEqual([['市发展改革委 co-responsible*', '市财政局 co-responsible']]);
    expect(read(responsibleInProse, '工作方案由市发展改革委负责制定，市财政局、市税务局按职责分工负责。')).toEqual([
      ['市发展改革委 co-responsible*'],
      ['市财政局 co-responsible', '市税务局 co-responsible'],
    ]);
  });

  it('reads units after the number of a numbered sentence (雁塔 促消费: 3、区城管执法局负责联系市城管执法局)', () => {
    expect(read(responsibleInProse, '3、区城管执法局负责联系市城管执法局，支持活动的开展。')).toEqual([['区城管执法局 co-responsible*']]);
  });

  it('reads 落实 of a divided task, and units that help right after 负责 as support (phrasings of 实施方案)', () => {
    expect(read(responsibleInProse, '提升家政服务质量。市人社局、市商务局按照职能分工落实。')).toEqual([
      ['市人社局 co-responsible', '市商务局 co-responsible'],
    ]);
    expect(read(responsibleInProse, '支持直播电商发展。由市商务局负责，市市场监管局、市税务局配合。')).toEqual([
      ['市商务局 co-responsible', '市市场监管局 support', '市税务局 support'],
    ]);
    // 落实 alone is any verb of doing: no clause.
    expect(read(responsibleInProse, '市财政局要落实资金。各地要认真落实。')).toEqual([]);
  });

  it('reads a long written list of units before 按职责分工负责, past the subject window (rule long-list-before-verb, 河东区 2022)', () => {
    const hedong =
      '着力推进河东区“十四五”规划纲要及各专项规划确定的各项基本公共服务保障任务落实落细。发改委、区教育局、区卫健委、区文化和旅游局、区体育局、区财政局、区民政局、区人社局、规划河东分局、区司法局、区住建委、区应急局、区退役军人局、区税务局、区市场监管局、区残联、各街道按职责分工负责\n\n基本公共教育。';
    const units = read(responsibleInProse, hedong);
    expect(units).toHaveLength(1);
    expect(units[0]).toHaveLength(17);
    expect(units[0][1]).toBe('区教育局 co-responsible');
    expect(units[0][16]).toBe('各街道 co-responsible');
    // A long clause that is no list (fewer than three 、) is still left alone, and so is a list that runs a verb into a
    // name where a copy lost the sentence end (汶上 2012 forum copy: …和各鄉鎮政府共同承辦??h政府辦公室負責…).
    expect(read(responsibleInProse, '全市各级各部门围绕年度目标任务加强统筹协调强化要素保障全力推动各项工作落地见效确保取得实效市发展改革委负责。')).toEqual(
      [],
    );
    expect(
      read(
        responsibleInProse,
        '县委宣传部、县总工会、团县委、县妇联、县文物旅游局、县文明办、县发改局、县人社局、县商务局和各乡镇政府共同承办县政府办公室负责活动的组织领导。',
      ),
    ).toEqual([]);
  });

  it('leaves a list inside tortoise-shell brackets to the bracket conventions (黑龙江 2023: 〔A、B、C按职责分工负责…〕)', () => {
    expect(read(responsibleInProse, '建设一批省级示范区。〔省文化和旅游厅、省委宣传部、省外办按职责分工负责〕')).toEqual([]);
    expect(read(responsibleInProse, '建设一批省级示范区。【省文化和旅游厅、省委宣传部按职责分工负责】')).toEqual([]);
  });

  it('reads no unit in what is not one, nor a person, nor a bracket the bracket conventions read', () => {
    expect(read(responsibleInProse, '各地要对本地区安全生产负责。')).toEqual([]);
    expect(read(responsibleInProse, '企业负责人要履行第一责任。')).toEqual([]);
    expect(read(responsibleInProse, '推进项目建设（市发展改革委负责）。')).toEqual([]);
    expect(read(responsibleInProse, '由市市场监管局牵头负责。')).toEqual([]);
  });

  it('names the task a sentence opening with its units gives after 负责 (三门峡 2020 职责分工, 菏泽 2023), not a step of an item', () => {
    const sanmenxia = '(二)职责分工\n市政府各有关部门负责本部门职权范围内赋权事项的下放工作,灵宝市负责下放权限的承接工作(附件1)。';
    expect(read(responsibleInProse, sanmenxia)).toEqual([['市政府各有关部门 co-responsible*'], ['灵宝市 co-responsible*']]);
    expect(tasks(sanmenxia)).toEqual(['本部门职权范围内赋权事项的下放工作', '下放权限的承接工作']);
    expect(tasks('三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度,要建立健全工作推进机制')).toEqual([
      '《方案》工作任务的统一督导调度',
    ]);
    // 雁塔: numbered steps of the item above (（一）举办“穿靓幸福南城服装展销会”) name no task of their own.
    expect(
      tasks('2、由区商贸旅游局牵头,全面负责活动的组织实施;长延堡街办负责协调华东服装城活动落实工作。3、区城管执法局负责联系市城管执法局,支持活动的开展。'),
    ).toEqual([undefined, undefined]);
    expect(tasks('工作方案由市发展改革委负责制定，市财政局、市税务局按职责分工负责。')).toEqual([undefined, undefined]);
  });

  it('names no task of its own where 负责 is followed by the part a unit plays only (bare-duty-verbs, 内蒙古 2009)', () => {
    const neimenggu = '市商务部门负责规划、指导、验收,相关旗县(区)负责组织实施,财政、农牧业和供销、邮政、电信等部门配合落实。';
    expect(read(responsibleInProse, neimenggu)).toEqual([['市商务部门 co-responsible*'], ['相关旗县（区） co-responsible*']]);
    expect(tasks(neimenggu)).toEqual([undefined, undefined]);
    // A thing done after the verb is the task.
    expect(tasks('市商务部门负责规划网点布局。')).toEqual(['规划网点布局']);
  });

  it('names the task of a sentence that divides the work before it: the rest after the units that help (临颍 2020)', () => {
    const linying =
      '会议要求,要明确工作任务,坚持目标导向,早谋划、早着手,县交通局负责,各乡镇配合,细化任务,建立台账,压实责任,3月底前高标准完成115公里过村示范路段绿化任务。要强化统筹衔接。';
    expect(read(responsibleInProse, linying)).toEqual([['县交通局 co-responsible', '各乡镇 support']]);
    expect(tasks(linying)).toEqual(['细化任务，建立台账，压实责任，3月底前高标准完成115公里过村示范路段绿化任务']);
    // Where the sentence ends with the units that help, the task is the paragraph's.
    expect(tasks('支持直播电商发展。由市商务局负责，市市场监管局、市税务局配合。')).toEqual([undefined]);
  });

  it('reads the units that 加强配合协调 after …等其他相关单位, and the task of a long sentence up to a comma (威县 2022)', () => {
    const weixian =
      '二要强化时间概念。由相关县领导牵头,县自然资源和规划局负责,住建局、发改局等其他相关单位加强配合协调,抽调业务骨干,成立工作专班,坚持集中办公,主动作为、做实做细,严格按照时间节点和进度要求加快推进,最大限度地提供举证材料,科学精准高效完成划定举证工作,确保按期完成上报任务。';
    expect(read(responsibleInProse, weixian)).toEqual([['县自然资源和规划局 co-responsible', '住建局 support', '发改局 support']]);
    expect(tasks(weixian)[0]).toMatch(/^抽调业务骨干，成立工作专班，.*完成划定举证工作$/);
  });

  it('names the task after 由A负责, where nothing before 由 names a topic (宁波 2006), not after a topic (活动经费由…)', () => {
    expect(tasks('办公厅已明确由市政府督查室负责,在年中和年末对主要任务完成情况开展全面督查,同时结合中心工作对重点任务进行专项督办。')).toEqual([
      '在年中和年末对主要任务完成情况开展全面督查，同时结合中心工作对重点任务进行专项督办',
    ]);
    expect(tasks('活动经费由市财政局负责,按规定拨付。')).toEqual([undefined]);
  });

  it('reads no unit a clause asks to be designated (rule designated-not-named, 定州 2021)', () => {
    expect(read(responsibleInProse, '指定专门处室负责政务数据共享工作，负责推进本部门政务数据共享目录编制。')).toEqual([]);
    expect(read(responsibleInProse, '各乡镇要明确专人负责信息报送。')).toEqual([]);
    // A unit named before 负责 is still read.
    expect(read(responsibleInProse, '市行政审批局负责政务数据共享工作。')).toEqual([['市行政审批局 co-responsible*']]);
  });

  it('reads a group named for its work as a unit, its task its own after a part title (rules work-group-names, unit-after-part-title, 彭山 中医药)', () => {
    const pengshan =
      '(责任单位:区卫生健康局、区人社局等)三、组织实施全面推进中医药强区建设,区政府成立由区长任组长的“彭山区推进中医药强区建设工作领导小组”,彭山区推进中医药强区建设工作领导小组负责统筹上述重点任务的组织实施和考核工作。';
    expect(read(responsibleInProse, pengshan)).toEqual([['彭山区推进中医药强区建设工作领导小组 co-responsible*']]);
    expect(tasks(pengshan)).toEqual(['统筹上述重点任务的组织实施和考核工作']);
    // 工作 in running text still names no unit.
    expect(read(responsibleInProse, '各地要对本地区安全生产工作负责。')).toEqual([]);
  });
});

// Real examples of the 2026-12-08 second blind round: 内蒙古 2026 营商环境 notice; 贵州 2020 十四五 plan news (a Traditional copy read as Simplified).
describe('responsible-in-prose, leading and work topics', () => {
  it('reads 负责牵头 as a stated lead, the bare 牵头抓总 no task of its own (responsible-for-leading)', () => {
    const neimenggu = '二、强化统筹协调。自治区发展改革委负责牵头抓总,建立常态化调度督办机制,实行清单化管理。';
    expect(read(responsibleInProse, neimenggu)).toEqual([['自治区发展改革委 lead']]);
    expect(tasks(neimenggu)).toEqual([undefined]);
  });

  it('reads the work named before 由 as the task where 负责 ends the clause (work-topic-before-by)', () => {
    const guizhou = '据了解,《贵州省“十四五”文化和旅游发展改革规划》编制工作由贵州省文化和旅游厅负责,按照整体设计的原则,将建立规划体系。';
    expect(read(responsibleInProse, guizhou)).toEqual([['贵州省文化和旅游厅 co-responsible*']]);
    expect(tasks(guizhou)).toEqual(['《贵州省“十四五”文化和旅游发展改革规划》编制工作']);
    // A topic that names no work (经费) is left to the item, as before.
    expect(tasks('活动经费由市财政局负责,按时拨付。')).toEqual([undefined]);
  });
});
