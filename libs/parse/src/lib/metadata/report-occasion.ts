/** A report's occasion (the congress it was delivered to, and when) and the speaker's signature under its title. */
import type { Line } from '../lines';
import type { TextSpan } from '../normalize/mapped-text';
import { dateIn } from './issue-date';
import type { Found } from './portal-labels';

/**
 * The occasion of a report or speech: "2026年1月27日在辽宁省第十四届人民代表大会第五次会议上". Its date is the day
 * the report was delivered, its venue names the jurisdiction.
 */
const OCCASION = /在(.{2,30}?)(?:第?[一二三四五六七八九十\d]{1,3}届)?(?:人民代表大会|人大|代表大会|政协|全体会议|工作会议).{0,20}?上/;

/** The speaker's office and name under a report's title: "四川省人民政府省长 施小琳", "上海市市长 龚 正", "省长 罗东川". */
const SIGNATURE =
  /(?:^|会议上)\s*([\u4e00-\u9fa5]{0,16}?(?:省长|市长|主席|州长|县长|区长|盟长|旗长)\s*(?:[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5·]{1,12}))$/;

/**
 * Rule `occasion-in-run-on-line`: a copy that runs the title, the occasion and the text into one line still marks the
 * occasion by its dash and date (…工作报告(全文)  政府工作报告BNC  ——2021年1月6日在合肥市瑶海区BNC  第四届人民代表大会第五次
 * 会议上BN…: 瑶海 2021, a collection site that turned line breaks into letters): read in a long line's opening only.
 */
const DASHED_OCCASION = /——\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*在(.{2,30}?)(?:第?[一二三四五六七八九十\d]{1,3}届)?(?:人民代表大会|人大|代表大会).{0,20}?上/;
/** How far into a run-on line its occasion may stand. */
const RUN_ON_OPENING = 240;

interface Occasion {
  venue: string;
  venueSpan: TextSpan;
  date: string | null;
  dateSpan: TextSpan | null;
}

/** The "（日期）在…会议上" line under a report's title: its venue and the date it was delivered. */
export function findOccasion(header: readonly Line[]): Occasion | null {
  for (const [index, line] of header.entries()) {
    if (line.content.length > 80) {
      const dashed = line.content.includes('——') ? DASHED_OCCASION.exec(line.content.slice(0, RUN_ON_OPENING)) : null;
      if (!dashed) continue;
      const venueStart = line.start + dashed.index + dashed[0].indexOf('在') + 1;
      const date = dateIn(dashed[0]);
      return {
        venue: dashed[1],
        venueSpan: { start: venueStart, end: venueStart + dashed[1].length },
        date: date?.iso ?? null,
        dateSpan: date ? { start: line.start + dashed.index + date.index, end: line.start + dashed.index + date.index + date.length } : null,
      };
    }
    // A long occasion line may wrap before 人民代表大会…上: the venue is still on the first line.
    const next = header[index + 1];
    const match =
      OCCASION.exec(line.content) ??
      (next && /^(——|（)?(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年/.test(line.content) ? OCCASION.exec(line.content + next.content) : null);
    if (!match || match.index + 1 + match[1].length > line.content.length) continue;
    const venueStart = line.start + match.index + 1;
    const date = dateIn(line.content.slice(0, match.index));
    return {
      venue: match[1],
      venueSpan: { start: venueStart, end: venueStart + match[1].length },
      date: date?.iso ?? null,
      dateSpan: date ? { start: line.start + date.index, end: line.start + date.index + date.length } : null,
    };
  }
  return null;
}

/** The speaker line of a report: office title and name, e.g. "四川省人民政府省长 施小琳" (alone or after 会议上). */
export function findSignature(header: readonly Line[]): Found | null {
  for (const line of header) {
    // The speaker line is short, or ends a short occasion line.
    const match = line.content.length <= 80 ? SIGNATURE.exec(line.content) : null;
    if (!match) continue;
    const start = line.start + match.index + match[0].length - match[1].length;
    return { value: match[1], span: { start, end: start + match[1].length } };
  }
  return null;
}
