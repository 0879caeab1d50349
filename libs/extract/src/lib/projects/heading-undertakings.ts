/** Undertakings a numbered heading names. */
import { MIN_NAME, isName } from './undertaking-names';
import { BUILD, DO } from './undertaking-patterns';
import { type FoundUndertaking, PLAIN_ITEM_TITLE, type SentenceSpan, namedUndertakings } from './undertaking-rules';

/**
 * Undertakings a numbered heading names (rule heading-names-undertaking): those its words name as a sentence's would
 * (（一）深入实施“文化兴楚”行动, 楚雄 2024), and a heading that is itself a programme's name (rule heading-programme:
 * (一)重点行业绿色升级工程。, 黔江 2023). A plain heading (重点工程, 实施计划) or a counted class (三大工程) names none.
 */
export function headingUndertakings(title: string, span: SentenceSpan = { text: title, start: 0 }): FoundUndertaking[] {
  // A facility a heading names is most often the role the place is to play (（三）建设国家重要能源和战略资源基地), and a
  // field's box of works (数字经济重大工程, 节能减排重点工程) a class: a heading's programmes only.
  const found = namedUndertakings(title, span).filter((item) => HEADING_PROGRAMME_END.test(item.name) && !FIELD_WORKS.test(item.name));
  if (found.length > 0) return found;
  const whole = HEADING_PROGRAMME.exec(title);
  if (!whole) return found;
  // 重点 before what it qualifies is part of the name there (重点行业绿色升级工程), not a class word (重点工程). Two things
  // joined (重点领域和重大工程) title a section, they name no programme.
  const named = whole[1];
  if (
    named.length >= MIN_NAME &&
    !PLAIN_ITEM_TITLE.test(named) &&
    !DO_OPENING.test(named) &&
    !FIELD_WORKS.test(named) &&
    !/[和及与]/.test(named) &&
    isName(named.replace(/^(?:重点|重大)/, ''), 3)
  )
    found.push({ name: named, start: 0, rule: 'heading-programme' });
  return found;
}

/** A heading that is a programme's name and nothing else, closed by a full stop at most. */
const HEADING_PROGRAMME = /^(“?[^，。；：、！？“”]{2,24}?”?(?:工程|专项行动|行动计划|行动|计划))。?$/;

const HEADING_PROGRAMME_END = /(?:工程|行动|计划|项目|试点)”?$/;

/** The major or key works of a field (滇池治理重大工程), unless quoted as one programme (“315”科技创新体系建设重大工程). */
const FIELD_WORKS = /^[^“”]*(?:重点|重大)工程$/;

/** A heading opening with a verb states a task (实施…, 推进…): what it names, the sentence rules read. */
const DO_OPENING = new RegExp(`^(?:${DO}|${BUILD})`);
