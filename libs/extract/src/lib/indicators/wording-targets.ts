/**
 * Targets a list states in words alone, without a number: "居民收入增长和经济增长同步", "粮食产量保持稳定",
 * "单位地区生产总值二氧化碳排放降低完成国家下达任务", "固定资产投资实现正增长", "居民收入增速高于经济增速". Read only
 * inside a target list (主要预期目标 …), one per clause. Pure: offsets are into the clause given.
 */

export interface WordingTarget {
  /** The clause as written, without the scope and striving words before it (全省, 确保, 力争 …). */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** What a worded target asks of its subject: to move with, hold, reach, or beat something. */
const PREDICATE =
  /(同步|保持稳定|稳定|平衡|改善|优良|优秀|好转|(保持|处于)(在)?合理(水平|区间)|完成[^，；。]{0,24}(任务|目标)|达到国家要求|国家要求|国家下达|正增长|只增不减|高于|不低于|快于|达到(?:全国|全省|全市|全区)?平均水平|超过[^，；。\d]{1,12}(?:增速|水平)|稳步提升|稳步增长|持续提升|持续增长|进一步(下降|降低|提升|提高)|合理回升|回升|提质增效|稳量提质|全国前列|保持在[^，；。]{1,20}以上|合理增长|(适度|平稳|较快)增长|有所(提高|提升|下降))/;
/** Remarks around a target list that set no target: 在实际工作中努力争取更好结果, 努力跑赢全国, 在全国实现位次前移. */
const REMARK = /(更好结果|更优水平|跑赢|构建优势|差距|位次|这些目标|这样的目标|以下|方面的?工作|重点抓好|具体抓好|做好)/;
const LEADING = /^(?:(?:19|20)\d{2}年|其中|今年|全年|全省|全市|全区|全自治区|我省|我市|我区|确保|努力|力争|争取|[：，、；和])+/;
// A clause naming six metrics before its predicate (地区生产总值、规模以上工业增加值、…等指标增幅高于全市平均水平) is ~60.
const MAX_LENGTH = 80;

export function wordingTarget(clause: string): WordingTarget | null {
  const trimmed = clause.trim();
  if (trimmed.length < 4 || trimmed.length > MAX_LENGTH || REMARK.test(trimmed) || /\d/.test(trimmed)) return null;
  const predicate = PREDICATE.exec(trimmed);
  if (!predicate) return null;
  const leading = clause.length - clause.trimStart().length;
  const name = trimmed.replace(LEADING, '').replace(/[。；，]+$/, '');
  // A subject must come before the predicate (国家下达 alone, 在实际工作中… are no target): at least two characters, or
  // the clause opens with what is to be done (完成国家下达的降碳减排任务).
  const subjectLength = predicate.index - (trimmed.length - trimmed.replace(LEADING, '').length);
  if (subjectLength < 2 && !/^(完成|按照|实现)/.test(name)) return null;
  if (/^(在|加快|对标|提高|加强|推动|推进|深化|坚持)/.test(name)) return null;
  const start = leading + (trimmed.length - trimmed.replace(LEADING, '').length);
  return { name, start, end: start + name.length };
}
