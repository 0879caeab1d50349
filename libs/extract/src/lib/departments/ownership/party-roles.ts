import type { ResponsibleRole } from '@policygraph/graph-types';
import type { ResponsibleParty } from './ownership-convention';
import { SHARED_PREFIX_LIST } from './conventions/shared-prefix-list';
import { ListedUnit, readUnitList, StatedRole } from './unit-list';

export const SEPARATELY_LEAD = 'separately-lead';

/**
 * Role labels: 牵头单位, 责任单位, 配合单位, 协同责任单位, 参加单位, 承办单位, 协助单位, 具体责任单位 …, and the bare role
 * words some documents label with (（牵头：A；配合：B）); never 牵头负责领导 (a person).
 */
export const ROLE_LABEL =
  '(?:(?:主要|具体)?(?:牵头|责任|主责|配合|参与|参加|协同|协办|协作|协助|主办|承办|落实|实施)(?:责任)?(?:单位|部门|主体)|牵头|主责|配合|协同|协助|协办|参与|参加)';

/**
 * A label naming the people in charge, not units: 责任领导, 牵头领导, 牵头县领导, 分管领导, 责任人 (咸安 2023:
 * (责任领导:杜新国;牵头单位:区发改局)). The names after it are read as no unit; the unit labels around it are read as usual.
 */
export const LEADER_LABEL = '(?:(?:责任|牵头|分管|包抓|包保|联系|领办)(?:[县市区镇乡州省]级?)?领导(?:同志)?|责任人)';

/** What a label says of the units after it: 牵头单位 → lead, 配合单位 → support, 责任单位 → nothing (null). */
export function roleOfLabel(label: string): StatedRole {
  if (/及|和/.test(label)) return null;
  if (/牵头|主责|主办/.test(label)) return 'lead';
  if (/配合|参与|参加|协同|协办|协作|协助/.test(label)) return 'support';
  return null;
}

/** A group of units under one label (or no label), before roles are settled for the whole clause. */
export interface UnitGroup {
  readonly label: StatedRole;
  readonly units: readonly ListedUnit[];
  readonly split: boolean;
}

/**
 * Settle the roles of a clause's groups: stated roles (label or 牵头/配合 word) win; when some unit leads, the unstated
 * ones are co-responsible; when none does, the list is plain: all co-responsible, the first presumed to lead unless the
 * text splits the task (分工负责). Returns the parties and whether any role was stated.
 */
export function settleRoles(groups: readonly UnitGroup[], convention: string): { parties: ResponsibleParty[]; rolesUnstated: boolean } {
  const stated = (unit: ListedUnit, group: UnitGroup): StatedRole => unit.stated ?? group.label;
  const anyStated = groups.some((group) => group.units.some((unit) => stated(unit, group) !== null));
  const split = groups.some((group) => group.split);
  const parties: ResponsibleParty[] = [];
  let first = true;
  for (const group of groups) {
    for (const unit of group.units) {
      const role: ResponsibleRole = stated(unit, group) ?? 'co-responsible';
      parties.push({
        name: unit.name,
        role,
        presumedLead: !anyStated && !split && first,
        start: unit.start,
        end: unit.end,
        convention: unit.separately ? SEPARATELY_LEAD : unit.sharedPrefix ? SHARED_PREFIX_LIST : convention,
      });
      first = false;
    }
  }
  return { parties, rolesUnstated: !anyStated };
}

/** A role label and its colon, anywhere in a labelled body (built once: the body of every labelled clause is read). */
const LABEL_IN_BODY = new RegExp(`(${ROLE_LABEL}(?:(?:及|和)${ROLE_LABEL})?|(${LEADER_LABEL}))[：:]`, 'g');

/**
 * Groups of a labelled body: 牵头单位：A；责任单位：B、C (labels anywhere in the body, text before the first ignored). The
 * names after a leader label (责任领导：杜新国) end the list before them and are no group of their own.
 */
export function groupsOfLabelledBody(body: string, bodyStart: number): UnitGroup[] {
  const labels = [...body.matchAll(LABEL_IN_BODY)];
  const groups: UnitGroup[] = [];
  labels.forEach((label, index) => {
    if (label[2] !== undefined) return;
    const listStart = (label.index ?? 0) + label[0].length;
    const listEnd = index + 1 < labels.length ? (labels[index + 1].index ?? body.length) : body.length;
    const list = readUnitList(body.slice(listStart, listEnd), bodyStart + listStart);
    groups.push({ label: roleOfLabel(label[1]), units: list.units, split: list.split });
  });
  return groups;
}
