import { normalizeText } from '@policygraph/parse';
import { dutyInProse } from './duty-in-prose';
import { read } from './spec-support';

/** The tasks the clauses of a snippet name. */
function tasks(snippet: string): (string | undefined)[] {
  const text = normalizeText(snippet).text;
  return dutyInProse.find(text).map((clause) => (clause.task ? text.slice(clause.task.start, clause.task.end) : undefined));
}

describe('duty-in-prose', () => {
  // 保康 (云上保康 news of a meeting on 土地增减挂钩).
  const baokang = '抓好问题整改。县财政局要做好项目投资评审工作,及时拨付项目资金,县自然资源和规划局要及时跟进已上报的项目,尽快争取立项批复。';

  it('reads A要…: each named unit opening a clause is co-responsible for its own clause (保康)', () => {
    expect(read(dutyInProse, baokang)).toEqual([['县财政局 co-responsible*'], ['县自然资源和规划局 co-responsible*']]);
    expect(tasks(baokang)).toEqual(['做好项目投资评审工作', '及时跟进已上报的项目']);
  });

  it('reads a plain list before 要, the first presumed to lead (张家川 2016)', () => {
    expect(read(dutyInProse, '各协作和配合单位要积极主动与牵头单位衔接联系,形成工作合力。政府督查室、监察局要跟踪问效,严肃责任追究。')).toEqual([
      ['政府督查室 co-responsible*', '监察局 co-responsible'],
    ]);
  });

  it('takes the duty after a clause that only frames it (大洼 2021: 根据…要求,适时开展…; 靖边 2025: 于…前,将…)', () => {
    expect(tasks('区委区政府督查室要根据各项工作任务完成时限要求,适时开展督查督办工作。')).toEqual(['根据各项工作任务完成时限要求，适时开展督查督办工作']);
  });

  it('reads the units named the lead before 要: 作为…牵头单位 (崇阳), …等牵头部门, after an item number (靖边 2025)', () => {
    expect(read(dutyInProse, '县文广新局作为创建牵头单位要抓好与各成员单位的沟通协调和业务指导,')).toEqual([['县文广新局 lead']]);
    expect(
      read(
        dutyInProse,
        '五、县政府办、县发改局、县资源规划局、县林业局、市生态环境局靖边分局、县招商服务中心等牵头部门,要于每次调度会议前,将本领域负责落实的工作任务进展情况切实梳理详实,并汇报分管县级领导。',
      ),
    ).toEqual([['县政府办 lead', '县发改局 lead', '县资源规划局 lead', '县林业局 lead', '市生态环境局靖边分局 lead', '县招商服务中心 lead']]);
  });

  it('reads a collective government as one unit (姚安 2023) and an office’s duty (盘锦 2021, as the parser reads its Traditional copy)', () => {
    expect(read(dutyInProse, '(一)确保栽足种实\n各乡镇人民政府要严格执行国家对烟叶生产、收购计划管理政策,统筹好面积与质量的关系。')).toEqual([
      ['各乡镇人民政府 co-responsible*'],
    ]);
    expect(read(dutyInProse, '3.加强督考,狠抓落实。围绕《方案》的推进实施,市政府督考办要加大督查考核力度,及时跟进督查各项工作进展情况。')).toEqual([
      ['市政府督考办 co-responsible*'],
    ]);
  });

  it('reads nothing where the words before 要 name no unit: 各牵头单位, 各乡镇、各部门, 全县各级各部门, 各级政府, 相关单位 (西乡 2023, 大洼 2021)', () => {
    expect(read(dutyInProse, '请各牵头单位要严格按照任务分工,对涉及的工作任务进行再细化。各责任(配合)单位要加强协调,积极配合。')).toEqual([]);
    expect(read(dutyInProse, '全县各级各部门要把抓好政府工作报告目标任务落实作为推动高质量的首要任务。相关单位要履职担责、积极配合。')).toEqual([]);
    expect(read(dutyInProse, '各乡镇、各部门要高度重视。各级政府要习惯过紧日子。')).toEqual([]);
  });

  it('reads nothing where a place, a whole or the text’s own government states a goal or pledge (肇庆 2025, 江苏 2021, 上海 2026)', () => {
    expect(read(dutyInProse, '今年,肇庆市要实现GDP增长5%。')).toEqual([]);
    expect(read(dutyInProse, '到2025年,全省信息化建设水平要继续保持全国领先位次。')).toEqual([]);
    expect(read(dutyInProse, '政府要依法接受市人大及其常委会的监督。')).toEqual([]);
  });

  it('leaves 要求 (a person’s demand) and 要会同 (convenes-with-prose’s) alone', () => {
    expect(read(dutyInProse, '县委常委、常务副县长徐声军出席会议并提出具体要求。王良永要求各成员单位要组建创建专班。')).toEqual([]);
    expect(read(dutyInProse, '县发改委要会同县督查落实办对相关工作进行督导。')).toEqual([]);
  });
});
