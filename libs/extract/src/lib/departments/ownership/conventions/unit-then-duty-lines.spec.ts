import { normalizeText } from '@policygraph/parse';
import { unitThenDutyLines } from './unit-then-duty-lines';
import { read } from './spec-support';

/** The tasks the clauses of a snippet name. */
function tasks(snippet: string): (string | undefined)[] {
  const text = normalizeText(snippet).text;
  return unitThenDutyLines.find(text).map((clause) => (clause.task ? text.slice(clause.task.start, clause.task.end) : undefined));
}

describe('unit-then-duty-lines', () => {
  // 高港 2015 (泰州医药高新区(高港区) 责任清单, 公安分局 与相关部门的职责边界, 管理事项 中考、高考保障).
  const gaogang = [
    '管理事项 中考、高考保障',
    '职责分工 职责分工',
    '',
    '相关部门',
    '',
    '职责分工',
    '',
    '区公安分局',
    '',
    '维护考点周边安全、网上不良信息检查、试卷运送保管安全保障。',
    '',
    '区教育局',
    '',
    '负责高考、中考的具体组织、实施和协调工作;层层签订教育考试责任书,落实相关责任;',
    '',
    '区卫计委',
    '',
    '考点及相关医院医疗服务、高考体检保障。',
    '',
    '相关依据 相关依据',
    '',
    '《关于召开2014年全国普通高校招生考试安全工作电视电话会议的通知》。',
  ].join('\n');

  it('reads each unit alone on a line as responsible for the duty on the next, up to the first line that is neither (高港 2015)', () => {
    expect(read(unitThenDutyLines, gaogang)).toEqual([['区公安分局 co-responsible*'], ['区教育局 co-responsible*'], ['区卫计委 co-responsible*']]);
    expect(tasks(gaogang)).toEqual([
      '维护考点周边安全、网上不良信息检查、试卷运送保管安全保障',
      '高考、中考的具体组织、实施和协调工作',
      '考点及相关医院医疗服务、高考体检保障',
    ]);
  });

  it('reads nothing without the two header cells, nor where the line after a unit is another unit', () => {
    expect(read(unitThenDutyLines, gaogang.replace('相关部门\n\n职责分工', '相关部门'))).toEqual([]);
    expect(read(unitThenDutyLines, '相关部门\n职责分工\n区公安分局\n区教育局\n考点周边宾馆及服务业、餐饮卫生检查。')).toEqual([]);
  });
});
