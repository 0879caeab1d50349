import { gazetteer, isGenericDivisionName } from './gazetteer';
import { ancestorsOf, customaryForms, firstDivision, locate } from './division-names';
import { mentionCounts } from './document-number-region';
import { OPENING_LENGTH, type DocumentRegion } from './region-cue';

/** The people's congress a report was delivered to, in running text: "昆明市第十五届人民代表大会第五次会议在昆明会堂开幕". */
const CONGRESS = /([\u4e00-\u9fa5]{2,16}?)第[一二三四五六七八九十\d]{1,3}届人民代表大会/;
/**
 * Rule `congress-abbreviated`: news names a congress short, 人大 for 人民代表大会 and no 第 (4月21日,坪山区二届人大二次会议开幕:
 * 坪山 2022, a Traditional mirror of 深圳商报 whose headline reads 深圳二届人大二次会议开幕; 市十五届人大五次会议). A division
 * written in full (or its customary form) before the session names the congress's place; 省/市 alone name none.
 */
const CONGRESS_ABBREVIATED = /([\u4e00-\u9fa5]{2,16}?)第?[一二三四五六七八九十\d]{1,3}届人大(?:常委会)?第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议/g;
/**
 * The government a report is delivered for, in its first sentence: "现在，我代表姑苏区人民政府，向大会报告工作" (姑苏 2024,
 * whose occasion names no place: 在区三届人大三次会议上). Its office speaks as the signature does.
 */
const REPORTING_GOVERNMENT = /我代表([\u4e00-\u9fa5]{2,16}?)人民政府/;

/** The congress a report was delivered to, named in the page's opening. */
export function congressConvened(text: string): DocumentRegion | null {
  return divisionInOpening(text, CONGRESS, 'occasion');
}

/** The government a report is delivered for, named in its first sentence. */
export function reportingGovernment(text: string): DocumentRegion | null {
  return divisionInOpening(text, REPORTING_GOVERNMENT, 'signature');
}

/** The division `pattern`'s first group names in the page's opening, as stated by `cue`. */
function divisionInOpening(text: string, pattern: RegExp, cue: 'occasion' | 'signature'): DocumentRegion | null {
  const match = pattern.exec(text.slice(0, OPENING_LENGTH));
  const entry = match ? firstDivision(match[1]) : null;
  if (!match || !entry) return null;
  return { entry, span: locate(text, entry.name, { start: match.index, end: match.index + match[0].length }), cue, basis: 'stated' };
}

export function abbreviatedCongress(text: string): DocumentRegion | null {
  const opening = text.slice(0, OPENING_LENGTH);
  if (!opening.includes('届人大')) return null;
  for (const match of opening.matchAll(CONGRESS_ABBREVIATED)) {
    const entry = firstDivision(match[1]);
    if (!entry) continue;
    const at = match.index ?? 0;
    return { entry, span: locate(text, entry.name, { start: at, end: at + match[0].length }), cue: 'occasion', basis: 'stated' };
  }
  return null;
}

/**
 * Rule `news-lead-subject`: a newspaper's item opens its lead with a byline (本报讯(通讯员 胡林果…), 讯(记者…)) and, after a
 * date or 近日 at most, the division it reports on, written in full as the sentence's subject (本报讯(…) 祥云县在省、州党委
 * …的重视支持下: 祥云 2023, a Traditional repost whose headline is lost; 日前,柞水县出台…: 柞水 2018; 2025年,云龙县始终…:
 * 云龙 2025). A division named later in the sentence (近日,在徽县工业集中区…) or 我市 is no subject read here.
 */
const NEWS_BYLINE =
  /(?:本报讯|本台讯|本网讯|本刊讯|讯(?=\s*[（(](?:记者|通讯员|特约记者|实习生)))\s*[（(][^（）()\n]{0,40}[)）]\s*(?:[^，,。；;\n]{0,12}[，,]\s*)?/;
const LEAD_SUBJECT_END = /[，,。；;、\n]/;

export function newsLeadSubject(text: string): DocumentRegion | null {
  // The byline is in the opening: only that is searched, whatever the text's length.
  const opening = text.slice(0, OPENING_LENGTH + 60);
  if (!opening.includes('讯')) return null;
  const byline = NEWS_BYLINE.exec(opening);
  if (!byline) return newsflashPlace(text);
  return leadSubject(text, byline) ?? newsflashPlace(text);
}

/**
 * Rule `newsflash-place`: a news item's flash names where it comes from: the paper's own with the place its reporter filed
 * from (本报海东讯 (记者 赵睿) 7月21日,记者从…获悉: 海东 2020), or the site of the government or news body that ran it (吳川市
 * 人民政府網訊 5月18日,我市召開…: 吴川 2021; 商洛日报讯). The name before 讯 must be all of one division's name, full or short.
 */
const NEWSFLASH =
  /(?:^|[\s（(：:])(?:本(?:报|台|网|刊)([\u4e00-\u9fa5]{2,8}?)讯|([\u4e00-\u9fa5]{2,10}?)(?:人民政府网|政府网|新闻网|日报|晚报|电视台|广播电视台|融媒体中心)讯)/;
const NEWSFLASH_OPENING = 300;

function newsflashPlace(text: string): DocumentRegion | null {
  const flash = NEWSFLASH.exec(text.slice(0, NEWSFLASH_OPENING));
  const name = flash ? (flash[1] ?? flash[2]) : null;
  if (!flash || !name || isGenericDivisionName(name)) return null;
  const entries = gazetteer().entriesNamed(name);
  if (entries.length !== 1) return null;
  const start = flash.index + flash[0].indexOf(name);
  return { entry: entries[0], span: { start, end: start + name.length }, cue: 'newsflash', basis: 'stated' };
}

function leadSubject(text: string, byline: RegExpExecArray): DocumentRegion | null {
  const start = byline.index + byline[0].length;
  const rest = text.slice(start, start + 24);
  if (gazetteer().fullNameOpening(rest) === 0 && !customaryForms(rest).some((form) => form.start === 0)) return null;
  const cut = rest.search(LEAD_SUBJECT_END);
  const subject = rest.slice(0, cut < 0 ? rest.length : cut);
  const entry = firstDivision(subject);
  if (!entry || isGenericDivisionName(entry.name)) return null;
  return { entry, span: locate(text, entry.name, { start, end: start + subject.length }), cue: 'news-lead', basis: 'stated' };
}

/**
 * A page about a document it names, made (制定, 出台, 印发, 发布) and then abbreviated for the rest of the page: "制定了
 * 《郑州市场景驱动人工智能创新发展行动方案（2025—2027年）》（以下简称《行动方案》）" (郑州 2025, a reading of the plan
 * on a district's site, which cites the province's plan and 省委、省政府 before it). A document followed (根据, 贯彻)
 * is not the page's subject.
 */
const DOCUMENT_MADE = /(?:制定|出台|印发|发布)了?《([^《》]{4,80})》[（(](?:以下)?简称《[^《》]{2,12}》[）)]/;
/**
 * …or named and abbreviated first, made after (rule `document-made-after-name`): "近日，《泸州市“十四五”服务业发展规划
 * （2021—2025）》（以下简称《规划》）正式印发实施" (泸州 2021, a news copy).
 */
const DOCUMENT_NAMED_THEN_MADE = /《([^《》]{4,80})》[（(](?:以下)?简称《[^《》]{2,12}》[）)](?:正式|已)?(?:制定|出台|印发|发布|公布)/;

/**
 * A news page about a report it says was submitted to a congress (高邮 2021: 向市十五届人大五次会议书面提交了《关于高邮市
 * 2020年国民经济和社会发展计划执行情况与2021年计划草案的报告》), which names its superiors in passing (中央、省和扬州市决策部署).
 */
const REPORT_SUBMITTED = /(?:提交|作)了?《([^《》]{4,80}报告)》/;

/**
 * Rule `own-level-document-made`: a page in its own place's voice (结合我县实际, 我市) about a document it says was made, not
 * abbreviated (兰陵 2022, a reading: …出台了《兰陵县创建山东省全域旅游示范县实施方案》, naming 山东省 more often): the division
 * opening the document's title is the page's when the voice's level word (县, 市, 区, 旗) ends that division's name.
 */
const DOCUMENT_MADE_PLAIN = /(?:制定|出台|印发|发布)了《([^《》]{4,80})》/;
const OWN_VOICE = /我(县|市|区|旗)/;

function documentMadeInOwnVoice(text: string): RegExpExecArray | null {
  const voice = OWN_VOICE.exec(text);
  if (!voice) return null;
  const match = DOCUMENT_MADE_PLAIN.exec(text.slice(0, OPENING_LENGTH));
  if (!match) return null;
  const entry = firstDivision(match[1]);
  return entry && match[1].startsWith(entry.name) && entry.name.endsWith(voice[1]) ? match : null;
}

export function divisionOfDocumentMade(text: string): DocumentRegion | null {
  const match =
    (text.includes('简称《') ? (DOCUMENT_MADE.exec(text) ?? DOCUMENT_NAMED_THEN_MADE.exec(text)) : null) ??
    REPORT_SUBMITTED.exec(text.slice(0, OPENING_LENGTH)) ??
    (text.includes('了《') ? documentMadeInOwnVoice(text) : null);
  if (!match) return null;
  const entry = firstDivision(match[1]);
  if (!entry) return null;
  const titleStart = match.index + match[0].indexOf('《') + 1;
  return { entry, span: locate(text, entry.name, { start: titleStart, end: titleStart + match[1].length }), cue: 'subject-document', basis: 'stated' };
}

/**
 * Rule `delegation-review`: a news item opening with a division's delegation to a higher congress reviewing that congress's
 * report (1月28日,市人大代表、区委书记万容在荣昌代表团审议市政府工作报告时指出…: 荣昌 2026, on the district's site, which names
 * the municipality's 全市 and 重庆 more often; 出席市六届人大一次会议的巫溪代表团认真审议了市政府工作报告: 巫溪 2023) is that
 * division's news: the delegation's division, named by all of its full or short name, is the page's region.
 */
const DELEGATION_REVIEW = /(?:在|的|参加)(?!参加)([\u4e00-\u9fa5]{2,8}?)代表团(?:在|认真|分组|集中)?(?:审议|参加审议)/;
/**
 * Rule `delegate-office`: news of a city's congress quoting one delegate by the office held in a county-level division (市人大代表、
 * 武陵源区人民政府区长郑小胡…表示: 武陵源 2020; 市人大代表、雁山区委书记李强表示,雁山区将…: 雁山 2023) is that division's page.
 */
const DELEGATE_OFFICE = /(?:市|州|省)人大代表、([\u4e00-\u9fa5]{2,8}?(?:区|县|市|旗))(?:人民政府)?(?:委书记|委副书记|区长|县长|市长|旗长)/;
const DELEGATION_OPENING = 300;

export function delegationReviewing(text: string): DocumentRegion | null {
  const opening = text.slice(0, DELEGATION_OPENING);
  if (!opening.includes('代表')) return null;
  const match = DELEGATION_REVIEW.exec(opening) ?? DELEGATE_OFFICE.exec(opening);
  if (!match || isGenericDivisionName(match[1])) return null;
  // A county since made a city is still written by its old name (嫩江县代表团, 2015; 嫩江市 since 2019): its stem names it.
  const written = gazetteer().entriesNamed(match[1]);
  const stem = match[1].replace(/[县市区旗]$/, '');
  const entries =
    written.length > 0 || stem.length < 2
      ? written
      : gazetteer()
          .entriesNamed(stem)
          .filter((entry) => entry.level === 'county');
  const named = entries.length === 1 ? entries : entries.filter((entry) => mentionCounts(text, new Set(ancestorsOf(entry))).size > 0);
  if (named.length !== 1) return null;
  const start = match.index + match[0].indexOf(match[1]);
  return { entry: named[0], span: { start, end: start + match[1].length }, cue: 'delegation', basis: 'stated' };
}
