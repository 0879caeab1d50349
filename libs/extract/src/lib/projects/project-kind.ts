export type ProjectKind = 'task' | 'project' | 'action' | 'programme' | 'facility';

/**
 * A verb of carrying out, then a programme's name to its head (实施…计划, 深入开展…行动, 组织实施…工程), the item's number
 * before it at most ((一)加力实施生态工业项目建设提升行动。, 铜仁 2026).
 */
const CARRIED_OUT =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[\d一二三四五六七八九十]{1,2}[.、．])?(?:深入|全面|大力|加快|加力|着力|全力|持续|扎实|积极)?(?:组织实施|实施|开展|推进|落实|启动)[^，。；]{2,30}(?:计划|工程|行动|项目)$/;

/**
 * What sort of undertaking a name denotes, from the head noun official plans use: 工程/项目 are projects, 行动 are
 * actions, 计划/专项 are programmes, built things (中心, 基地, 园区, 平台 …) are facilities, everything else is a task.
 */
export function projectKind(name: string): ProjectKind {
  const head = name.replace(/[。；，]+$/, '');
  // Rule verb-opened-item: an item that opens with the verb carrying a programme out (1.实施凤凰企业助推计划。, 钱塘 2021)
  // assigns a task; the programme it names is a Project of its own, read by the named-undertaking rules.
  if (CARRIED_OUT.test(head)) return 'task';
  // …为中心 is what the work centres on (以项目建设为中心: 定州 2017), no facility's 中心.
  if (head.endsWith('为中心')) return 'task';
  if (/(工程|项目)(建设)?$/.test(head) || /重大工程|重点工程|重点项目|示范工程/.test(head)) return 'project';
  if (/行动(计划)?$/.test(head) || /专项行动/.test(head)) return 'action';
  if (/(计划|专项|规划)$/.test(head)) return 'programme';
  if (/(中心|基地|园区|产业园|平台|枢纽|港|站|场|馆|集聚区|示范区|功能区|走廊|通道)$/.test(head) && head.length <= 30) return 'facility';
  return 'task';
}

/**
 * The kind of an undertaking the text names as one (an item of a list it calls 重点项目, a work started): a name with
 * no head noun of a kind (蒙华铁路湖南段, 永州电厂) is still a project, not a task.
 */
export function namedUndertakingKind(name: string): Exclude<ProjectKind, 'task'> {
  const kind = projectKind(name);
  return kind === 'task' ? 'project' : kind;
}
