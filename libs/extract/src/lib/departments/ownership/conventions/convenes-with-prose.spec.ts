import { normalizeText } from '@policygraph/parse';
import { convenesWithProse } from './convenes-with-prose';
import { read } from './spec-support';

/** The tasks the clauses of a snippet name themselves (undefined: the paragraph's). */
function tasks(snippet: string): (string | undefined)[] {
  const text = normalizeText(snippet).text;
  return convenesWithProse.find(text).map((clause) => (clause.task ? text.slice(clause.task.start, clause.task.end) : undefined));
}

describe('convenes-with-prose', () => {
  // 会昌 2023 (会昌县 portal, progress bulletin of the 民生实事).
  const huichang =
    '下一步,各牵头单位要切实负起牵头抓总的主体责任,特别是进度滞后的事项,要强化督促指导。县发改委要会同县督查落实办对相关工作进行督导,对严重滞后的事项进行通报并挂牌督办。';

  it('reads A要会同B…: A convenes and leads, B supports; the task is what they do together (会昌 2023)', () => {
    expect(read(convenesWithProse, huichang)).toEqual([['县发改委 lead', '县督查落实办 support']]);
    expect(tasks(huichang)).toEqual(['对相关工作进行督导']);
  });

  it('reads 由A会同B研究制定… and a list convened closed by 等部门', () => {
    expect(read(convenesWithProse, '实施细则由市财政局会同市发展改革委、市商务局等部门研究制定。')).toEqual([
      ['市财政局 lead', '市发展改革委 support', '市商务局 support'],
    ]);
  });

  it('reads no unit where the words around 会同 name none (各地要会同有关方面, 会同县 as a place)', () => {
    expect(read(convenesWithProse, '各地要会同有关方面做好工作。')).toEqual([]);
    expect(read(convenesWithProse, '会同县推进农村公路建设。')).toEqual([]);
    expect(read(convenesWithProse, '要加强沟通,会同相关单位研究解决问题。')).toEqual([]);
  });
});

// Real example of the 2026-12-08 second blind round: 内蒙古 2026 营商环境 notice.
describe('convenes-with-prose, unnamed parties convened', () => {
  it('reads the unit convening 有关部门 as the lead alone, the work after the comma its task (convenes-unnamed)', () => {
    const snippet = '三、营造良好氛围。自治区发展改革委要会同有关部门,加强正面宣传与典型案例通报,并将相关工作落实情况纳入营商环境监测。';
    expect(read(convenesWithProse, snippet)).toEqual([['自治区发展改革委 lead']]);
    expect(tasks(snippet)).toEqual(['加强正面宣传与典型案例通报']);
    // An account of work done is no duty (郴产转办〔2013〕6号, a 通报 of results).
    const chenzhou = '根据…精神,市产业大转型领导小组办公室会同有关部门对2013年上半年各县市区产业大转型工作完成情况进行了考核评价,现将有关情况通报如下:';
    expect(read(convenesWithProse, chenzhou)).toEqual([]);
  });
});
