import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { readUnitList, type ListedUnit } from '../unit-list';

export const QUOTA_DIVISION = 'quota-division';

/** The verbs that divide a task among units (已划分到单位, 分解到各部门, 分配到责任单位, 下达到各单位), before their 到. */
const DIVIDING = new Set(['划分', '分解', '分配', '下达']);
/** Who the task is divided to, right after the verb: (各)(责任)单位 / 部门. */
const TO_UNITS = /^(?:各)?(?:责任)?(?:单位|部门)/;
/** The task divided, in the sentence before: …下达沅陵县保障性安居房建设目标总任务数为1716套 → 保障性安居房建设 and its place. */
const TASK = /([^，。；：\n]{2,40}?)(?:目标)?(?:总)?任务(?:数|量)?(?:为|是|共)/;
/** Who set the task, before it: 2015年市委、市政府下达 → dropped. */
const SETTER = /^.*?(?:下达|确定|分配|安排)(?:给)?/;
/** One unit and its share: 房产局100套, 住建局200套. */
const SHARE = /^([^0-9０-９，、；]{2,20}?)[0-9０-９]+(?:\.[0-9]+)?(?:个|套|家|户|座|条|所|项|亩|人|名|公里|间|处|辆|万)/;
/** How a unit's name ends (局, 委, 办, 部, 政府, 中心 …): 乡镇公住房169套 is a kind of housing, no unit. */
const UNIT_END = /(?:厅|局|委|办|部|院|中心|政府|室|所|站|处|分局|街道|乡镇|镇|乡)$/;

/**
 * 市委、市政府下达沅陵县保障性安居房建设目标总任务数为1716套,县政府已划分到单位,具体是:房产局100套,住建局200套,教育局985套,
 * 其中:改建408套,新建577套,卫生局262套,乡镇公住房169套 (沅陵 2015): a task divided among units, each named with its share.
 * Each unit with a share is co-responsible for the task (its own share of it); shares that name no unit (乡镇公住房,
 * 改建408套 after 其中) are passed over. The task is the one the sentence before the division names (…目标任务数为…),
 * without who set it; none is read without it, nor with fewer than two units.
 */
export const quotaDivision: OwnershipConvention = {
  name: QUOTA_DIVISION,
  description: 'A task divided among units with their shares: 县政府已划分到单位,具体是:房产局100套,住建局200套….',
  yields: 'Each unit with a share → co-responsible for the task divided.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    const found: { at: number; length: number }[] = [];
    // One pass over the text on 到, each tested for the verb before it and the units after it.
    for (let to = text.indexOf('到', 2); to >= 0; to = text.indexOf('到', to + 1)) {
      if (!DIVIDING.has(text.slice(to - 2, to))) continue;
      const units = TO_UNITS.exec(text.slice(to + 1, to + 6));
      if (units) found.push({ at: to - 2, length: 3 + units[0].length });
    }
    for (const { at, length } of found) {
      const sentenceStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at), text.lastIndexOf('；', at)) + 1;
      const task = TASK.exec(text.slice(sentenceStart, at));
      if (!task) continue;
      const setter = SETTER.exec(task[1])?.[0].length ?? 0;
      const taskStart = sentenceStart + (task.index ?? 0) + setter;
      const taskEnd = sentenceStart + (task.index ?? 0) + task[1].length;
      if (taskEnd - taskStart < 2) continue;
      const listFrom = at + length;
      const end = (() => {
        const stop = text.slice(listFrom, listFrom + 300).search(/[。\n]/);
        return stop < 0 ? Math.min(text.length, listFrom + 300) : listFrom + stop;
      })();
      const units: ListedUnit[] = [];
      let pieceStart = listFrom;
      for (let i = listFrom; i <= end; i++) {
        if (i < end && !'，、；：'.includes(text[i])) continue;
        const piece = text.slice(pieceStart, i).replace(/^(?:具体(?:是|为|如下)?|如下|分别(?:是|为)?)/, '');
        const share = SHARE.exec(piece);
        if (share) {
          const name = share[1];
          const list = readUnitList(name, i - piece.length);
          if (list.dropped === 0 && list.units.length === 1 && UNIT_END.test(list.units[0].name)) units.push(list.units[0]);
        }
        pieceStart = i + 1;
      }
      if (units.length < 2) continue;
      const { parties, rolesUnstated } = settleRoles([{ label: null, units, split: true }], QUOTA_DIVISION);
      clauses.push({ start: at, end, parties, convention: QUOTA_DIVISION, anchor: 'paragraph', rolesUnstated, task: { start: taskStart, end: taskEnd } });
    }
    return clauses;
  },
};
