import { readFileSync } from 'fs';
import { join } from 'path';
import type { ExtractionResult } from '@policygraph/graph-types';
import { extractDocument } from '../extract-document';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'task-tables', name), 'utf8');

function responsibilities(result: ExtractionResult): Array<{ task: string; department: string; role: string; presumedLead: boolean }> {
  const name = (id: string) => result.nodes.find((node) => node.id === id)?.name ?? '?';
  return result.relationships
    .filter((rel) => rel.type === 'RESPONSIBLE')
    .map((rel) => ({
      task: name(rel.from),
      department: name(rel.to),
      role: String(rel.properties['role']),
      presumedLead: rel.properties['presumedLead'] === true,
    }));
}

/** 略阳县文化和旅游局 2019 task table (one cell per line): its header, with a gloss line under 责任股室, and its first row. */
const LUEYANG_FIRST_ROW = [
  '序号',
  '指标',
  '工作任务',
  '完成时限',
  '责任领导',
  '责任股室',
  '(单位)',
  '备注',
  '1',
  '公共文化服务',
  '“两馆一站”免费开放服务人次较上年增长15%。',
  '12月底前',
  '夏俊贵',
  '文化宣传股',
  '文化馆',
  '图书馆',
];

describe('extractTableTasks', () => {
  it('gives 牵头 columns the lead, 配合 columns support, and each task its deadline as written', () => {
    const text = fixture('pdf-cell-per-line.txt');
    const result = extractDocument(text, { documentId: 'pdf' });
    const first = responsibilities(result).filter((entry) => entry.task === '实施城市更新行动，新开工改造城镇老旧小区120个');
    expect(first.map((entry) => `${entry.department}:${entry.role}`).sort()).toEqual(
      ['市住房和城乡建设局:lead', '市发展和改革委员会:support', '市自然资源和规划局:support', '市财政局:support'].sort(),
    );
    const project = result.nodes.find((node) => node.label === 'Task' && node.name === '实施城市更新行动，新开工改造城镇老旧小区120个');
    expect(project?.properties).toMatchObject({ deadline: '2024年12月底前', deadlineYear: 2024 });
    const ongoing = result.nodes.find((node) => node.label === 'Task' && node.name === '培育壮大先进制造业集群');
    expect(ongoing?.properties).toMatchObject({ deadline: '长期坚持', deadlineYear: null });
    for (const item of [...result.nodes, ...result.relationships])
      for (const evidence of item.evidence) expect(evidence.quote).toBe(text.slice(evidence.start, evidence.end));
  });

  it("reads a bureau's sections (股) and bodies of a unit cell written over several lines (略阳 2019 责任股室)", () => {
    const text = [...LUEYANG_FIRST_ROW, '2', '广电', '完成县级应急广播系统(二期)建设。', '广电事业股'].join('\n');
    const entries = responsibilities(extractDocument(text, { documentId: 'lueyang' }));
    expect(entries.map((entry) => `${entry.task}:${entry.department}:${entry.role}`).sort()).toEqual(
      [
        '“两馆一站”免费开放服务人次较上年增长15%:文化宣传股:co-responsible',
        '“两馆一站”免费开放服务人次较上年增长15%:文化馆:co-responsible',
        '“两馆一站”免费开放服务人次较上年增长15%:图书馆:co-responsible',
        '完成县级应急广播系统（二期）建设:广电事业股:co-responsible',
      ].sort(),
    );
  });

  it('reads a plain 责任单位 column as co-responsible, the first presumed lead, unless a unit is marked （牵头）', () => {
    const result = extractDocument(fixture('pipe-rows.txt'), { documentId: 'pipe' });
    const entries = responsibilities(result);
    expect(entries).toHaveLength(2 + 1 + 2);
    expect(
      entries.filter((entry) => entry.task === '深化“放管服”改革，推行高效办成一件事').map((entry) => [entry.department, entry.role, entry.presumedLead]),
    ).toEqual(
      expect.arrayContaining([
        ['县政务服务中心', 'co-responsible', true],
        ['县司法局', 'co-responsible', false],
      ]),
    );
    expect(entries.filter((entry) => entry.task === '推进县城污水管网改造').map((entry) => [entry.department, entry.role, entry.presumedLead])).toEqual(
      expect.arrayContaining([
        ['县住房和城乡建设局', 'lead', false],
        ['县生态环境分局', 'co-responsible', false],
      ]),
    );
  });

  it('names no person as a department (责任领导) and names a task by its whole cell, line breaks removed, when it is short', () => {
    const result = extractDocument(fixture('cells-closed-by-pipe.txt'), { documentId: 'pipe-closed' });
    const departments = result.nodes.filter((node) => node.label === 'Department').map((node) => node.name);
    expect(departments).toEqual(expect.arrayContaining(['规划建设局', '招商服务中心', '经济发展局']));
    expect(departments).not.toContain('王明');
    expect(result.nodes.filter((node) => node.label === 'Task').map((node) => node.name)).toEqual(
      expect.arrayContaining(['加快标准厂房建设，推进二期标准化厂房主体完工，新增可供出租厂房面积5万平方米', '开展“亩均论英雄”改革，盘活低效用地300亩']),
    );
  });

  it('gives a unit in the 牵头单位 column that the 责任单位 column lists again one edge, lead, and reads the targets of task cells (莲都 2023)', () => {
    const result = extractDocument(fixture('leading-category.txt'), { documentId: 'liandu' });
    const gdp = responsibilities(result).filter((entry) => entry.task === '地区生产总值增长6.5%以上');
    expect(gdp.filter((entry) => entry.department === '区发改局').map((entry) => entry.role)).toEqual(['lead']);
    expect(gdp.filter((entry) => entry.role === 'co-responsible')).toHaveLength(8);
    const indicators = result.nodes.filter((node) => node.label === 'Indicator');
    expect(indicators.find((node) => node.name === '地区生产总值增长')?.properties).toMatchObject({
      targetValue: 6.5,
      qualifier: '以上',
      targetYear: 2023,
      measure: 'growth',
    });
    expect(indicators.find((node) => node.name === '城镇登记失业率')?.properties).toMatchObject({ targetValue: 3, qualifier: '以内' });
  });

  it('reads units a row runs together as the units the table writes apart (略阳 2019: 文化宣传股文化馆)', () => {
    const text = [...LUEYANG_FIRST_ROW, '2', '全年组织开展文化下乡等惠民演出不少于100场。', '文化宣传股文化馆', '3', '开展好“三下乡”活动。'].join('\n');
    const second = responsibilities(extractDocument(text, { documentId: 'lueyang' })).filter((entry) => entry.task.startsWith('全年组织开展文化下乡'));
    expect(second.map((entry) => `${entry.department}:${entry.role}`)).toEqual(['文化宣传股:co-responsible', '文化馆:co-responsible']);
  });
  it('cut-last-row: a row the text stops inside takes no unit from the row above (平湖 2024)', () => {
    const header = ['序号', '', '主  要  工  作  任  务', '', '责 任 单 位', ''];
    const rows = [
      '1',
      '',
      '生产总值增长6%左右。',
      '',
      '发改局',
      '',
      '6',
      '',
      '社会消费品零售总额增长6%。',
      '',
      '商务局',
      '',
      '7',
      '',
      '城乡居民人均可支配收入增长与经济增长',
    ];
    const entries = responsibilities(extractDocument([...header, ...rows].join('\n'), { documentId: 'pinghu' }));
    expect(entries.map((entry) => `${entry.task}:${entry.department}`).sort()).toEqual(['生产总值增长6%左右:发改局', '社会消费品零售总额增长6%:商务局']);
  });

  it('reads a lead cell that breaks one name over lines as that unit, and a district before 和 as a unit (unit-broken-over-lines, 长沙)', () => {
    // 长沙 目标任务责任分解表 (bar-led cells): the merged 牵头单位 cell is narrow, its name written 市政 / 府办 / 公厅 and 长沙 / 先导 /
    // 区管委会; a unit a line would be a list (略阳's 文化宣传股 / 文化馆 above).
    const text = [
      '牵头单位',
      '| 目 标 任 务',
      '| 责 任 单 位',
      '|',
      '市政',
      '府办',
      '公厅',
      '| 推进国家安全工作发展',
      '| 市直各单位、各区县市',
      '|',
      '长沙',
      '先导',
      '区管委会',
      '| 继续开展岳麓山景区综合整治,启动坪塘工业基地生态修复',
      '| 环保局、林业局、岳麓区和市直相关单位',
      '|',
    ].join('\n');
    const result = extractDocument(text, { documentId: 'changsha' });
    expect(
      responsibilities(result)
        .map((entry) => `${entry.task.split('，')[0]}:${entry.department}:${entry.role}`)
        .sort(),
    ).toEqual(
      [
        '推进国家安全工作发展:市政府办公厅:lead',
        '推进国家安全工作发展:市直各单位:co-responsible',
        '推进国家安全工作发展:各区县市:co-responsible',
        '继续开展岳麓山景区综合整治:长沙先导区管委会:lead',
        '继续开展岳麓山景区综合整治:环保局:co-responsible',
        '继续开展岳麓山景区综合整治:林业局:co-responsible',
        '继续开展岳麓山景区综合整治:岳麓区:co-responsible',
        '继续开展岳麓山景区综合整治:市直相关单位:co-responsible',
      ].sort(),
    );
    for (const item of [...result.nodes, ...result.relationships])
      for (const evidence of item.evidence) expect(evidence.quote).toBe(text.slice(evidence.start, evidence.end));
  });
});
