import { assignedEach } from './assigned-each';
import { read } from './spec-support';

// Real example: a Hong Kong paper's news (2020) on 贵州's 十四五 culture and tourism plan, a Traditional copy read as Simplified.
describe('assigned-each (duty-in-prose)', () => {
  it('reads the units a department assigns what each is to do, split, none presumed to lead (贵州 2020)', () => {
    const guizhou =
      '同时安排图书馆、省文化馆、省博物馆、省美术馆、省文化艺术研究院、省非物质文化遗产保护中心、省旅游学校等厅直属单位，根据工作自行确定分别编制本单位「十四五」发展规划，并指导各市、州启动规划编制工作。';
    expect(read(assignedEach, guizhou)).toEqual([
      [
        '图书馆 co-responsible',
        '省文化馆 co-responsible',
        '省博物馆 co-responsible',
        '省美术馆 co-responsible',
        '省文化艺术研究院 co-responsible',
        '省非物质文化遗产保护中心 co-responsible',
        '省旅游学校 co-responsible',
      ],
    ]);
  });

  it('reads nothing where the list names no unit (安排专人、各乡镇分别负责)', () => {
    expect(read(assignedEach, '县里安排专人、专班，分别负责跟踪调度。')).toEqual([]);
    expect(read(assignedEach, '安排各乡镇、各部门，分别抓好落实。')).toEqual([]);
  });
});
