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

  it('reads 将 and 会 in place of 要 (高唐 2024, 嘉鱼 2021, 凤凰 2024), a 对… clause framing the duty (寿县 2022)', () => {
    expect(read(dutyInProse, '三、保障措施\n县政府办公室将定期开展工作调度,每季度汇总一次工作进展并向县政府报告。')).toEqual([
      ['县政府办公室 co-responsible*'],
    ]);
    expect(tasks('狠抓工作落实。县政府政务督查室将对各单位的贯彻落实情况开展专项督查,对工作进展缓慢的单位予以通报。')).toEqual([
      '对各单位的贯彻落实情况开展专项督查',
    ]);
    expect(tasks('项目申报后,县农业局会发布下一年的项目申报指南。')).toEqual(['发布下一年的项目申报指南']);
    expect(tasks('县政府督查室将对未达到序时进度要求的目标任务,进行重点督查,持续跟踪目标任务推进情况。')).toEqual([
      '对未达到序时进度要求的目标任务，进行重点督查',
    ]);
  });

  it('reads a verb of duty without a modal, after an adverbial 在…上 (夏邑 2023), not 做好了', () => {
    expect(read(dutyInProse, '各单位要结合本部门、本系统实际去谋划,发改委、财政局在业务上做好分类指导,提高项目申报的科学性。')).toEqual([
      ['发改委 co-responsible*', '财政局 co-responsible'],
    ]);
    expect(read(dutyInProse, '去年,县财政局做好了资金保障。')).toEqual([]);
  });

  it('reads units after an ordinal (信丰 2024: 四是…) and after 要求, closed by 等相关部门 (会东)', () => {
    expect(tasks('三是指导要更细。四是县政府督查室要加强督查,尤其是对落后乡镇重点督。')).toEqual(['加强督查']);
    expect(read(dutyInProse, '听取了相关部门工作情况汇报,要求县规划建设和住房保障局、县国土资源局等相关部门要加强协调,及时上报完善有关资料。')).toEqual([
      ['县规划建设和住房保障局 co-responsible*', '县国土资源局 co-responsible'],
    ]);
  });

  it('reads no 将 of a unit of no level (自然资源部将四川确定为…, 本网站将…), a government’s pledge, a kind of department, 办会', () => {
    expect(read(dutyInProse, '自然资源部将四川确定为开展耕地林地园地空间治理“一张图”试点的4个省份之一。本网站将尽力确保信息准确。')).toEqual([]);
    expect(read(dutyInProse, '今年,北京市政府将城镇调查失业率控制在5%以内。')).toEqual([]);
    expect(read(dutyInProse, '凡未按照时限达到进度的,财政部门将未达到比例部分收回同级财政。')).toEqual([]);
    expect(read(dutyInProse, '办好博览会,实现办会兴城。县管委会负责运营。')).toEqual([]);
  });

  it('reads a unit set off by what it is said to be (阳城 2023: A作为…主阵地、主引擎,要…), a zone as a unit, not a clause with its own 要', () => {
    expect(read(dutyInProse, '会议指出,阳城经济技术开发区作为阳城经济转型的主阵地、主引擎,要勇于承担责任,充分发挥财政资金的优势;')).toEqual([
      ['阳城经济技术开发区 co-responsible*'],
    ]);
    expect(read(dutyInProse, '县文广新局作为创建牵头单位要抓好与各成员单位的沟通协调,要进一步增强责任感。')).toEqual([['县文广新局 lead']]);
    expect(read(dutyInProse, '朝阳区作为首都功能核心区,要率先实现高质量发展。')).toEqual([]);
  });

  it('takes the duty after a clause closed by the requirements it follows (禄劝 2022: 紧扣…要求,细化完善任务措施)', () => {
    expect(tasks('二是县乡村振兴局要紧扣国家《关于支持乡村振兴重点帮扶县的实施意见》要求,细化完善任务措施,谋划支撑发展项目。')).toEqual([
      '紧扣国家《关于支持乡村振兴重点帮扶县的实施意见》要求，细化完善任务措施',
    ]);
  });

  it('reads a deadline right after the units as a modal (呼和浩特 2021: rule deadline-after-units), not a government’s own, nor work done', () => {
    const hohhot =
      '市机场建管公司12月中旬全面开工新机场航站区、飞行区、配套区项目。市教育局要在11月底新建、续建幼儿园9所,新建、续建中小学23所。赛罕区政府11月底启动内蒙古SKP旗舰店项目。经济技术开发区管委会5月底建成投用王府井奥莱小镇。';
    expect(read(dutyInProse, hohhot)).toEqual([['市机场建管公司 co-responsible*'], ['市教育局 co-responsible*'], ['经济技术开发区管委会 co-responsible*']]);
    expect(tasks(hohhot)).toEqual(['全面开工新机场航站区、飞行区、配套区项目', '在11月底新建、续建幼儿园9所，新建、续建中小学23所', '建成投用王府井奥莱小镇']);
    expect(read(dutyInProse, '县住建局5月底已完成老旧小区改造。县水利局3月底完成了春灌。截至9月底,全市完成投资80亿元。')).toEqual([]);
  });
  it('reads the office of a leading group as a unit the text names (leading-group-office, 云南 2017)', () => {
    const yunnan =
      '省政府督查室要加强督查。省旅游产业发展领导小组办公室要根据各地各部门工作方案,制定全省旅游产业转型升级工作时间表及进度考核办法,建立定期督查机制。';
    expect(read(dutyInProse, yunnan)).toEqual([['省政府督查室 co-responsible*'], ['省旅游产业发展领导小组办公室 co-responsible*']]);
    expect(tasks(yunnan)[1]).toBe('根据各地各部门工作方案，制定全省旅游产业转型升级工作时间表及进度考核办法');
    // Leaders and the units' work are still no unit.
    expect(read(dutyInProse, '主要领导要亲自抓。各领导小组成员单位要积极配合。')).toEqual([]);
  });

  it('reads kinds of unit apart by a comma before 要 as one subject, zones sharing 管委会 (kinds-before-comma, 河南 豫政〔2023〕5号)', () => {
    const henan = '12月25日前报告全年落实情况。各省辖市政府,济源示范区、航空港区管委会要切实扛牢属地责任,加强工作谋划。';
    expect(read(dutyInProse, henan)).toEqual([['各省辖市政府 co-responsible*', '济源示范区管委会 co-responsible', '航空港区管委会 co-responsible']]);
    expect(tasks(henan)).toEqual(['切实扛牢属地责任']);
    // A clause before the comma that is no list of units (a frame, a lead stated) is no part of the subject.
    expect(read(dutyInProse, '经市政府同意,市财政局要做好资金保障。')).toEqual([['市财政局 co-responsible*']]);
    expect(read(dutyInProse, '各责任单位要积极配合。市发改委牵头,市财政局要做好资金保障。')).toEqual([['市财政局 co-responsible*']]);
  });
});
