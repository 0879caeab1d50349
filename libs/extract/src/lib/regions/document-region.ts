import type { TextSpan } from '@policygraph/parse';
import { gazetteer, type GazetteerEntry } from './gazetteer';
import type { ExtractionContext } from '../extraction-context';
import { firstDivision, locate } from './division-names';
import { regionOfDocumentNumber } from './document-number-region';
import { cityVoiceOverCounty, countyVoiceUnderCity, ownAfterSuperiors, ownContribution, placeOfLocalConditions } from './content-cues';
import { datelinePlace, firstLine, subjectOfTitle, firstLineNotChrome, shortNameIn, shortNameWrittenInFull, siteMasthead, zoneOfCity } from './headline-cues';
import { inferRegionFromContent } from './inferred-region';
import { abbreviatedCongress, congressConvened, delegationReviewing, divisionOfDocumentMade, newsLeadSubject, reportingGovernment } from './opening-cues';
import type { DocumentRegion, RegionCue } from './region-cue';
import { visitingDivisions, withoutGuests } from './visiting-delegation';

export type { DocumentRegion, RegionCue } from './region-cue';
export { regionOfDocumentNumber } from './document-number-region';

/** A list item's bullet opening a line: ——, —, •, ·, ●, ◆, ■, ▲, ※. */
const BULLET_OPENING = /^(?:——|—|－－|[•·●◆■▲※])/;

/**
 * The region a document is about, from the first cue that names a division:
 * 1. its issuer (云南省人民政府办公厅 → 云南省, 昆明市人民政府 → 昆明市), or the place below it that its title is
 *    about (关于支持昆明高质量发展的若干意见 of 云南省 → 昆明市);
 * 2. the first division named in its title;
 * 3. for reports and speeches, the venue (在辽宁省第十四届人民代表大会…上) and the speaker's office (四川省人民政府省长);
 * 4. the people's congress a report was delivered to, named in its opening (新闻: 昆明市第十五届人民代表大会…开幕), or the
 *    government it is delivered for (我代表姑苏区人民政府，向大会报告工作);
 * 5. its document number: a city's name (鄂州政发) or a province's abbreviation (青政办〔2020〕62号 → 青海省), or a
 *    city's first character when the text names that city (温政办 and 温州 in the text), narrowed to the district whose
 *    first character follows (杭西政办 → 西湖区);
 * 6. for a page with no recognized title, the first division its first line names (a headline or a news lead);
 *    then a division the title or that line names by its short name and the text in full (邹城… and 邹城市);
 * 7. the place whose conditions the text says it is fitted to (结合官渡区实际); then the division opening the title of
 *    the document the page says was made and abbreviates (制定了《郑州市…行动方案》（以下简称《行动方案》）) or the report
 *    it says was submitted (书面提交了《关于高邮市…的报告》); then the division whose delegation the opening says reviewed a
 *    report (在荣昌代表团审议市政府工作报告);
 * 8. inferred from the content (inferred-region.ts): the division it names most often; the one holding the places it
 *    names; a word for one whole province (全疆);
 * 9. a short name in the title or first line (陕西《政府工作报告》…, 政府工作报告-南宁日报) of the level the text
 *    speaks for (全省, 我市), or of a province (their short names name nothing else);
 * 10. the city whose short name a development zone named in the opening bears (宿迁经开区), inferred.
 */
export function findDocumentRegion(context: ExtractionContext): DocumentRegion | null {
  const { metadata, text } = context.document;
  const candidates: Array<{ cue: RegionCue; value: string | null; span: TextSpan | null }> = [
    { cue: 'issuer', value: metadata.issuer, span: metadata.issuerSpan },
    { cue: 'title', value: metadata.title, span: metadata.titleSpan },
    { cue: 'occasion', value: metadata.occasion, span: metadata.occasionSpan },
    { cue: 'signature', value: metadata.signature, span: metadata.signatureSpan },
  ];
  // Rule `visiting-delegation`: the division whose delegation comes to visit is the guest, named by no cue of the page's own.
  const guests = visitingDivisions(text);
  const host = (region: DocumentRegion | null): DocumentRegion | null => (region && !guests.includes(region.entry) ? region : null);
  for (const candidate of candidates) {
    if (!candidate.value) continue;
    const found = firstDivision(candidate.value);
    if (!found || guests.includes(found)) continue;
    const subject = candidate.cue === 'issuer' ? subjectOfTitle(metadata.title, metadata.titleSpan, found, text) : null;
    if (subject) return subject;
    const span = candidate.span ? locate(text, found.name, candidate.span) : null;
    return { entry: found, span, cue: candidate.cue, basis: 'stated' };
  }
  const convened = congressConvened(text) ?? abbreviatedCongress(text) ?? reportingGovernment(text);
  if (convened) return convened;
  const byNumber = regionOfDocumentNumber(metadata.docNumber, text);
  if (byNumber) return { entry: byNumber, span: metadata.docNumberSpan, cue: 'document-number', basis: 'stated' };
  const headlineOfPage = metadata.title ? { text: metadata.title, span: metadata.titleSpan } : firstLineNotChrome(text);
  const dateline = headlineOfPage ? host(datelinePlace(headlineOfPage.text, headlineOfPage.span, text)) : null;
  if (dateline) return dateline;
  const headline = metadata.title ? null : firstLine(text, headlineOfPage?.span?.start ?? 0);
  // Rule `bullet-no-headline`: a page stored from the middle of a plan opens with one of its items (——加工流通链条纵深延展。
  // 深入贯彻安徽省…: 宣州 2021): a line opening with a bullet is no headline, and the place it names no page's.
  const opened = headline && !BULLET_OPENING.test(headline.text) ? citedInside(text, headline) : null;
  const headed = opened && !guests.includes(opened) ? opened : null;
  if (headline && headed)
    return (
      cityVoiceOverCounty(text, headed) ??
      countyVoiceUnderCity(text, headed) ?? { entry: headed, span: locate(text, headed.name, headline), cue: 'headline', basis: 'stated' }
    );
  // A headline, not a news lead: a first line that is no sentence (广西财政厅…介绍，…桂林… names 广西 in passing).
  const titleLine = metadata.titleSpan ?? (headline && !/[，。]/.test(headline.text) ? headline : null);
  const confirmed = titleLine ? host(shortNameWrittenInFull(text, titleLine)) : null;
  if (confirmed) return confirmed;
  const lead = host(newsLeadSubject(text));
  if (lead) return lead;
  const fitted = host(placeOfLocalConditions(text));
  if (fitted) return fitted;
  const made = host(divisionOfDocumentMade(text));
  if (made) return made;
  const delegation = host(delegationReviewing(text));
  if (delegation) return delegation;
  const own = host(ownContribution(text)) ?? host(ownAfterSuperiors(text));
  if (own) return own;
  const site = host(siteMasthead(text));
  if (site) return site;
  const inferred = inferRegionFromContent(withoutGuests(text, guests));
  if (inferred) return { ...inferred, basis: 'inferred' };
  const opening = metadata.titleSpan ?? headline;
  return (opening ? host(shortNameIn(text, opening)) : null) ?? host(zoneOfCity(text));
}

/**
 * The first division a headline names; a headline cut at a citation (a division named in 《》 issued another document) is read
 * on into the citation where the division right before it holds the one opening the cited title (rule `chain-into-citation`:
 * 日前,浙江省《海盐县纺织服装产业发展规划》…: 海盐县).
 */
function citedInside(text: string, headline: TextSpan & { text: string }): GazetteerEntry | null {
  const named = firstDivision(headline.text);
  if (!named || text[headline.end] !== '《') return named;
  const chained = firstDivision(text.slice(headline.start, headline.end + HEADLINE_CITATION));
  return chained && chained.code !== named.code && gazetteer().isWithin(chained, named.code) ? chained : named;
}
/** How far into the cited title its opening division is looked for. */
const HEADLINE_CITATION = 16;
