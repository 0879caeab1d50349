import { normalizeText } from '@policygraph/parse';
import { quotaDivision } from './quota-division';
import { read } from './spec-support';

/** The tasks the clauses of a snippet name. */
function tasks(snippet: string): (string | undefined)[] {
  const text = normalizeText(snippet).text;
  return quotaDivision.find(text).map((clause) => (clause.task ? text.slice(clause.task.start, clause.task.end) : undefined));
}

describe('quota-division', () => {
  // 沅陵 2015 (红网 news of the county's 保障性安居房 target).
  const yuanling =
    '2015年市委、市政府下达沅陵县保障性安居房建设目标总任务数为1716套,县政府已划分到单位,具体是:房产局100套,住建局200套,教育局985套,其中:改建408套,新建577套,卫生局262套,乡镇公住房169套。';

  it('reads each unit named with its share as co-responsible for the task divided, shares naming no unit passed over (沅陵 2015)', () => {
    expect(read(quotaDivision, yuanling)).toEqual([['房产局 co-responsible', '住建局 co-responsible', '教育局 co-responsible', '卫生局 co-responsible']]);
    expect(tasks(yuanling)).toEqual(['沅陵县保障性安居房建设']);
  });

  it('reads nothing without the task the division divides, nor with fewer than two units', () => {
    expect(read(quotaDivision, '县政府已划分到单位,具体是:房产局100套,住建局200套。')).toEqual([]);
    expect(read(quotaDivision, '建设目标总任务数为300套,已分解到各单位,具体是:房产局100套,乡镇公住房200套。')).toEqual([]);
  });
});
