import { normalizeText } from '@policygraph/parse';
import { ledByProse } from './led-by-prose';
import { read } from './spec-support';

describe('led-by-prose', () => {
  it('reads 由A牵头，会同B、C…: A leads, B and C support', () => {
    expect(read(ledByProse, '由市市场监管局牵头，会同市商务局、市公安局等部门建立联合执法机制。')).toEqual([
      ['市市场监管局 lead', '市商务局 support', '市公安局 support'],
    ]);
  });

  it('reads 由A牵头负责 alone and A牵头，会同B at the start of a clause', () => {
    expect(read(ledByProse, '专项资金由省财政厅牵头负责管理。')).toEqual([['省财政厅 lead']]);
    expect(read(ledByProse, '省发展改革委牵头，会同省财政厅制定实施细则。')).toEqual([['省发展改革委 lead', '省财政厅 support']]);
  });

  it('does not read a 牵头 of something that is no unit (由主导产业园区牵头的“产业链链长制”, 由一个部门牵头)', () => {
    expect(read(ledByProse, '探索建立由主导产业园区牵头的“产业链链长制”。')).toEqual([]);
    expect(read(ledByProse, '每类事项明确由一个部门牵头。')).toEqual([]);
  });
  it('reads A牵头的X: the unit leads the thing it is said to lead (沅陵 2015), not a body of no government (达沃斯世界经济论坛)', () => {
    expect(read(ledByProse, '预计5月份动工;组织部牵头的乡镇公住房,除麻溪铺镇完成建设外,其余乡镇已做完前期手续报批。')).toEqual([['组织部 lead']]);
    expect(read(ledByProse, '“灯塔工厂”：由达沃斯世界经济论坛牵头的“全球灯塔工厂”评选自2018年开始。')).toEqual([]);
  });

  it('reads a unit that 牵头 and then a verb of duty as the lead of what follows, not an account of work done (lead-then-duty, 休宁 2021)', () => {
    const xiuning = '县四大班子领导多次听取汇报。县发展改革委组建规划编制专班,牵头开展“十四五”规划纲要编制工作。起草过程中,先后六次征求了各地各部门意见建议。';
    expect(read(ledByProse, xiuning)).toEqual([['县发展改革委 lead']]);
    const [clause] = ledByProse.find(normalizeText(xiuning).text);
    expect(normalizeText(xiuning).text.slice(clause.task!.start, clause.task!.end)).toBe('开展“十四五”规划纲要编制工作');
    expect(read(ledByProse, '做好试点工作。市商务局牵头组织开展消费季活动。')).toEqual([['市商务局 lead']]);
    // 汉阴 2022: what was done (制定了); 支持科技领军企业牵头实施…: no unit of a government.
    expect(read(ledByProse, '县自然资源局等部门分别牵头制定了《汉阴县国土空间规划引领高质量发展专项行动方案》。')).toEqual([]);
    expect(read(ledByProse, '支持科技领军企业牵头实施重大科技任务。')).toEqual([]);
  });

  it('reads no unit the text calls by a pronoun (rule pronoun-unit, 新昌 2018: 由我局牵头实施的有实施类项目13个)', () => {
    expect(read(ledByProse, '2018年，县委县政府要求完成交通投资23亿元以上，其中由我局牵头实施的有实施类项目13个，前期类项目2个。')).toEqual([]);
    expect(read(ledByProse, '由本局牵头，会同市财政局制定实施细则。')).toEqual([]);
  });

  it('reads no lead where a person leads (威县 2022: 由相关县领导牵头)', () => {
    expect(read(ledByProse, '由相关县领导牵头,县自然资源和规划局负责,住建局、发改局等其他相关单位加强配合协调。')).toEqual([]);
  });
});

// Real example of the 2026-12-08 blind round: a 2021 news copy of 西藏's 乐享消费 美好生活 campaign.
describe('led-by-prose, units joined by 与', () => {
  it('reads 由A与B牵头 as two leads', () => {
    const xizang = '此次消费促进活动是由自治区商务厅与中国邮政集团有限公司西藏自治区分公司牵头,拉萨、昌都、林芝等6地(市)商务部门与各邮政分公司共同举办。';
    expect(read(ledByProse, xizang)).toEqual([['自治区商务厅 lead', '中国邮政集团有限公司西藏自治区分公司 lead']]);
  });
});
