/** The document's title: the header line that names a kind of document, a notice's issued title, a portal's 名称 label. */
import type { Line } from '../lines';
import type { TextSpan } from '../normalize/mapped-text';
import { ISSUER_SUFFIX } from './document-issuer';
import { type Found, LABEL_LINE } from './portal-labels';

/**
 * A title may close with its period written either way ("（2020—2022年）", "（2020年—2022年）"), a page's "（全文）" or its
 * standing ("（试行）", "（征求意见稿）"). A gazette's issue names its number (rule `gazette-issue`: 兴安盟行政公署公报2019年1-3期
 * (总第52期), the page of the whole issue above its first document, a 决定: 兴安盟 2019).
 */
const TITLE_END =
  /(公报(?:(?:19|20)\d{2}年)?第?\d{1,3}(?:[-—－]\d{1,3})?期(?:（总第\d{1,4}期）)?|通知|意见|规划|方案|计划|纲要|办法|决定|决议|通告|公告|公报|规定|规则|细则|要点|规划纲要|报告|措施|举措|清单|分解|分工|工作任务|解读|的建议|(?:月报|简报|周报)第[一二三四五六七八九十\d]{1,3}期|(?:分工|分解|考核|指标|目标|任务)表|（\d{4}年?[—\-~～至]\d{4}年）|（\d{4}年(?:版)?）)(?:\s*（(?:全文完整|全文|摘要|修订|征求意见稿|试行|暂行|\d{4}年(?:更新|修订)(?:版)?|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{6})）|\s*[—－]{1,2}\s*全文)?$/;

/** A page headline quoting the document's title in 《》 alone on its line: 《闵行区关于产业高质量发展的政策意见 (征求意见稿)》. */
const QUOTED_TITLE_LINE = /^《([^《》]{4,80})》$/;

/**
 * A 印发 notice without a title line names the document it issues: "现将《X》印发给你们", "《X》已经省政府同意，现印发给你们",
 * "《X》已经市委常委会议、市政府常务会议审议通过，现印发给你们".
 */
const ISSUED_DOCUMENT = /《([^》]{4,80})》(?:已经[^，。]{0,30}?(?:同意|通过)[，,]?)?现?(?:印发|转发)给你们/;

/** Cells of a table row left inside a line once its closing pipes are gone: "公开形式 | 主动公开 | 责任部门", "---|---". */
const TABLE_ROW = /[^|｜\s]\s*[|｜]\s*[^|｜\s]/;

/**
 * A call for comments on a draft it publishes: "关于《忠县促进消费恢复发展若干政策措施（征求意见稿）》公开征求意见的通知" (忠县
 * 2022), "关于公开征求《X》意见的通知": the document is the draft, as a 印发 notice's is the plan it issues.
 */
const CONSULTED_DRAFT =
  /关于(?:《(.+?)》(?:公开)?征求(?:社会各界|社会公众|公众)?意见|(?:公开)?征求《(.+?)》(?:修改)?意见(?:建议)?)的?通知$|^《(.+?)》(（(?:征求意见稿|送审稿|讨论稿|草案)）)?(?:公开)?征求(?:社会各界|社会公众|公众)?意见的?通知$/;

/**
 * A portal's column of calls for comments, its name alone on a line above the notice (规范性文件草案征集意见: 廊坊 2018, rule
 * `consultation-column`): no document is titled so.
 */
const CONSULTATION_COLUMN = /^[^《》关]{0,16}(?:征集|征求)意见$/;

/** A numbered heading of the body (一、…, （一）…, 1.…) is no part of a title, even one ending in 措施 or 任务. */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、．])/;

/** A portal's validity mark before a title (【有效】, 【失效】, 【废止】: 〔有效〕 once normalized) is no part of the issuer. */
const VALIDITY_MARK = /^〔(?:有效|失效|废止|已废止|已失效|现行有效)〕/;

/** A repost names the original title after 原标题：, a portal after its label 标题： (吕梁 2025): marks no part of the issuer. */
const REPOSTED_TITLE_MARK = /^(?:原标题|标\s*题)：\s*/;

/**
 * A site's tag in lenticular brackets before a title (【青浦区招商】2021年青浦区政府工作报告: 青浦 2021), 〔…〕 once
 * normalized, is no part of it: a title never opens with one.
 */
const SITE_TAG = /^〔[^〔〕]{1,12}〕/;

/**
 * A report's title line carrying its occasion after a dash (政府工作报告 ——2026年1月27日在张掖市甘州区第十九届…会议上:
 * 甘州区 2026; 政府工作报告—2021年7月29日在…会议上自治县人民政府代理县长 孙立良: 围场 2021): the title ends at the dash.
 */
const TITLE_THEN_OCCASION = /^(.{2,60}?)\s*(?:——|—|－－|－|--)\s*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年.{0,12}?在/;

/** A collection site's province tag opening its label of a file: （河北省）, （湖南省）, （新疆维吾尔自治区）, or a region by its short name ((内蒙古)2022年正蓝旗人民政府工作报告(全文): 正蓝旗 2022, 西乌旗 2022). */
const PROVINCE_TAG = /^（(?:[\u4e00-\u9fa5]{2,8}(?:省|自治区|市)|内蒙古|广西|西藏|宁夏|新疆)）/;

/** A document named in 《》 and abbreviated for the rest of the text: 《X》（以下简称《纲要》）. */
const NAMED_THEN_ABBREVIATED = /^《([^《》]{4,80})》（(?:以下)?简称/;

/**
 * Rule `site-remarks-off-title`: a collection site's label of a page puts the province before the title and a remark
 * after it, the whole text or the day delivered ((贵州省)2021年黔西南州人民政府工作报告(全文): 黔西南 2021; (江西省)靖安县人民
 * 政府工作报告(2023年1月16日): 靖安 2023; 湘潭县2023年政府工作报告(20221223): 湘潭县 2023), also after a dash (2023年榆林市府谷縣
 * 政府工作報告—全文: 府谷 2023; 斗门 2022): no part of the title.
 */
const SITE_REMARK = /\s*(?:（(?:全文完整|全文|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{6})）|[—－]{1,2}\s*全文)$/;

/**
 * A draft's standing alone on the line below its title (政 府 工 作 报 告 / （征求意见稿）: 桦川 2023) is part of the title,
 * as when written on the title's own line; so is the plan's period (rule period-on-own-line: 亳州市加快培育低空经济高质量
 * 发展实施方案 / （2024—2027年）: 亳州 2024).
 */
const STANDING_LINE = /^（(?:征求意见稿|送审稿|讨论稿|草案|试行|暂行|修订稿|审议稿|(?:19|20)\d{2}年?[—\-~～至](?:19|20)\d{2}年)）$/;

/** A notice's release marking ("（此件公开发布）", "（此件主动公开）") is no part of the title below it. */
const RELEASE_MARKING = /^（(?:此件|本件)[^）]{0,10}）$/;
/**
 * Rule `congress-file-label`: the label a people's congress prints on the papers of a session (大宁县十七届人大四次会议文件
 * above 政府工作报告: 大宁 2024; 第十五届人民代表大会第三次会议文件之一) heads the paper, and is no part of its title.
 */
const CONGRESS_FILE_LABEL =
  /^[\u4e00-\u9fa5]{0,16}?第?[一二三四五六七八九十\d]{1,3}届(?:人大|人民代表大会)第?[一二三四五六七八九十\d]{1,3}次会议(?:文件|材料)(?:之[一二三四五六七八九十\d]{1,2}|[（(][一二三四五六七八九十\d]{1,2}[）)])?$/;

/**
 * A signature date or a document number alone on its line is no part of a title, nor is a date whose 年月日 a copy lost
 * (忻州 2022: "2022530" above the title).
 */
const DATE_OR_NUMBER_LINE = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{4,6}|[\u4e00-\u9fa5]{1,10}[〔[（](?:19|20)\d{2}[〕\]）]\s*\d{1,4}号)$/;

/**
 * The kinds of document a title names. A plan may call itself a 行动 (rule action-as-document-kind: 楚雄文化和旅游强州建设
 * 三年行动（2024—2026年）, issued by 中共楚雄州委办公室 楚雄州人民政府办公室印发《…三年行动（2024—2026年）》的通知: 楚雄 2024):
 * a title ending in its period or in 通知 is then whole, as one naming a 计划 is.
 */
const TITLE_KIND =
  /关于|规划|计划|方案|纲要|意见|报告|(?:月报|简报|周报)第[一二三四五六七八九十\d]{1,3}期|统计公报|公报(?:(?:19|20)\d{2}年)?第?\d|措施|举措|规则|清单|分解|工作任务|》政策解读|分工表|指标表|目标表|任务表|考核表|行动/;

/**
 * Several documents issued together: 《A》《B》, 《A》、《B》, or two kinds of document joined (实施意见和行动计划); or the first
 * named and the rest counted (rule `counted-documents`: 关于印发萍乡市河长制湖长制市级会议制度等五项制度的通知: 萍乡 2019).
 */
const SEVERAL_DOCUMENTS =
  /等[两二三四五六七八九十\d]{1,3}(?:项|个|份|件|部)[\u4e00-\u9fa5]{0,8}$|》[、，,和及与]?《|(?:意见|方案|计划|办法|措施|规划|细则|要点|规则|清单)(?:和|及|与|、)[^《》的]{0,20}(?:意见|方案|计划|办法|措施|规划|细则|要点|规则|清单)$/;

/**
 * Rule `several-issued` (in the notice's text): a notice whose text names the documents it issues one after another in 《》
 * (现将《社会保障工程2020年工作要点》《城市交通改善工程…2020年工作要点》…《社会事业提升工程2020年工作要点》印发给你们, its
 * title listing the five, apart by 、: 齐齐哈尔 2020) issues no one document: its title is its own. A title naming one
 * document over those the text lists (关于印发2021年政府工作报告重点工作责任分解的通知, issuing three 《…责任分解》: 衢州 2021)
 * names that document.
 */
const SEVERAL_ISSUED_IN_TEXT = /《[^《》]{2,80}》(?:[、，,和及与]?《[^《》]{2,80}》)+[^。《》]{0,12}?印发/;

export function severalIssued(found: TitleFound | null, header: readonly Line[]): TitleFound | null {
  if (!found?.notice || !found.title.includes('、') || !header.some((line) => line.content.includes('》《') && SEVERAL_ISSUED_IN_TEXT.test(line.content)))
    return found;
  return { ...found, title: found.notice };
}

/**
 * Rule `attachment-names-issued`: a notice stored without its title line, opening at its addressees (各镇政府(街道办事处)…:),
 * issues the one document its attachment line names (附件:2007年三水区政府工作主要任务分解表: 三水 2007): that is its title,
 * as a 印发 notice's title is the document it issues.
 */
const ATTACHMENT_LINE = /^附件[：:]\s*(?:1[.、．])?\s*(.{4,60})$/;

export function attachedDocument(header: readonly Line[]): TitleFound | null {
  if (header.length === 0 || !/^各.{2,80}[：:]$/.test(header[0].content)) return null;
  const attachments = header.filter((line) => /^附件/.test(line.content));
  const match = attachments.length === 1 ? ATTACHMENT_LINE.exec(attachments[0].content) : null;
  if (!match || !TITLE_END.test(match[1]) || /[。；，]/.test(match[1])) return null;
  const start = attachments[0].start + attachments[0].content.indexOf(match[1]);
  return { title: match[1], prefix: '', span: { start, end: start + match[1].length }, prefixSpan: null };
}

/** The longest title line read as a whole title by itself. */
const LONG_TITLE = 120;

export interface TitleFound {
  /** The document's own title (the plan inside a 印发 notice). */
  title: string;
  /** A 印发 notice's own title (from its 关于), where `title` is the document it issues. */
  notice?: string;
  /** Everything before 关于 on the title lines: usually the issuing body. */
  prefix: string;
  span: TextSpan;
  prefixSpan: TextSpan | null;
}

/**
 * The title among the header lines (page chrome left out). Rule `chrome-breaks-title`: a line of page chrome between two
 * lines (a paper's date line and reader's controls between its section name 文件 and the headline: 山南 2021) keeps them
 * apart, as a sentence does; `chrome` holds those lines' indexes.
 */
/**
 * Rule `file-name-line`: a document site writes the file's name with its extension opening the page (山西 2023:
 * 山西省人民政府办公厅关于印发山西省恢复和扩大消费若干政策措施的通知.pdf, the PDF's text run on after it on the same line once
 * its line breaks are mended): the name up to the extension is a title line. A sharing site's 《X.docx》由会员分享… is
 * the shared-file rule's to read.
 */
const FILE_NAME_LINE = /^(?!《)(.{4,120}?)\.(?:docx?|pdf|wps)(?![A-Za-z])/i;

function withoutFileExtension(line: Line): Line {
  const name = FILE_NAME_LINE.exec(line.content);
  return name ? { ...line, content: name[1], end: line.start + name[1].length } : line;
}

export function findTitle(header: readonly Line[], chrome: ReadonlySet<number> = new Set()): TitleFound | null {
  // Sentences of the notice ("现将《…》印发给你们，请认真贯彻执行。") are not title lines.
  const candidates = header.map(withoutFileExtension).filter(
    (line) =>
      titleBeforeOccasion(line) !== null ||
      (!LABEL_LINE.test(line.content) &&
        !/^各/.test(line.content) &&
        // The addressees (县示范区管委会，各乡、镇人民政府，县直各有关单位：) and the list of attachments are no title.
        !/[：:]$/.test(line.content) &&
        !/^附件/.test(line.content) &&
        // Whom to ask about a draft (联系人:顾莹萍, 联系电话:0572-…): no part of its title.
        !CONTACT_LINE.test(line.content) &&
        !/[。]|给你们|请认真|同意[，,]/.test(line.content) &&
        !line.content.includes(SHARED_BY_MEMBER) &&
        // An item of a list closed by a semicolon (审查漳州市2024年预算执行情况及2025年预算草案的报告（书面）；: 漳州 2025, an
        // agenda) heads nothing.
        !/[；;]$/.test(line.content) &&
        !DATE_OR_NUMBER_LINE.test(line.content) &&
        !RELEASE_MARKING.test(line.content) &&
        !CONGRESS_FILE_LABEL.test(line.content) &&
        !CONSULTATION_COLUMN.test(line.content) &&
        !NUMBERED_HEADING.test(line.content) &&
        // A row of a portal's metadata table (公开形式 | 主动公开 | 责任部门 | 肃南县政府办: 肃南 2022) is no title line.
        !TABLE_ROW.test(line.content)),
  );
  for (let i = 0; i < candidates.length; i++) {
    // An issuer's own line ("四川省发展和改革委员会") opens no title; "重庆市人民政府关于…" does.
    if (ISSUER_SUFFIX.test(candidates[i].content) && !/关于/.test(candidates[i].content)) continue;
    // A headline quoting the whole title (《…政策意见（征求意见稿）》) is the title without its marks, joined to no other line.
    const quoted = QUOTED_TITLE_LINE.exec(candidates[i].content);
    if (quoted && isWholeTitle(quoted[1])) {
      const line = candidates[i];
      return titleFrom(quoted[1], [{ ...line, content: quoted[1], start: line.start + 1, end: line.end - 1 }]);
    }
    // A title line that runs on into the report's occasion is the title up to the dash.
    const beforeOccasion = titleBeforeOccasion(candidates[i]);
    if (beforeOccasion) return titleFrom(beforeOccasion.content, [beforeOccasion]);
    let joined = '';
    const parts: Line[] = [];
    for (let j = i; j < Math.min(candidates.length, i + 4); j++) {
      // A whole title opening with its year starts the title: the page headline above it (…进展情况) is not its part.
      if (j > i && /^(19|20)\d{2}年/.test(candidates[j].content) && isWholeTitle(candidates[j].content)) break;
      // A title runs on over adjacent lines only: a sentence or a signature between two lines ends it (长兴 2024: the
      // letter's headline …意见的函, its text, 长兴县发展和改革局 / 2024年5月7日, then the draft's own title).
      if (j > i && (!onlyBlankBetween(header, candidates[j - 1], candidates[j]) || chromeBetween(chrome, candidates[j - 1], candidates[j]))) break;
      joined += candidates[j].content;
      parts.push(candidates[j]);
      // A 印发 notice's title ends with 通知, even when the plan's own name (…计划) ends a line before it.
      const complete = /关于印发/.test(joined) ? /通知$/.test(joined) : TITLE_END.test(joined);
      // A line longer than most titles runs on into no other line; it may be a whole title by itself (rule `long-title-line`:
      // 内蒙古自治区农牧厅关于印发《…实施细则》《…实施细则》的通知, 84 characters: 乌拉特前旗 2025).
      if (candidates[j].content.length > 80 && !(j === i && complete && TITLE_KIND.test(joined) && joined.length <= LONG_TITLE)) break;
      if (complete && TITLE_KIND.test(joined)) {
        const standing = candidates[j + 1];
        if (standing && STANDING_LINE.test(standing.content) && !/（[^（）]+）$/.test(joined)) {
          return titleFrom(joined + standing.content, [...parts, standing]);
        }
        // A headline the page writes again as the document's own title, its period below it (rule
        // `period-below-repeated-title`: 常州 2016, 常州市创新发展现代服务业三年行动计划 under the site's date line, then again with
        // （2016-2018年） below): the period is the title's.
        if (!/（[^（）]+）$/.test(joined)) {
          for (let k = j + 1; k < Math.min(candidates.length - 1, j + 4); k++) {
            const below = candidates[k + 1];
            if (candidates[k].content === joined && /\d{4}/.test(below.content) && STANDING_LINE.test(below.content)) {
              return titleFrom(joined + below.content, [candidates[k], below]);
            }
          }
        }
        return titleFrom(joined, parts);
      }
    }
  }
  return null;
}

/**
 * Rule own-title-below-notice: a 印发 notice's title may name the document it issues shorter than the document names
 * itself, with no 《》 (关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知, then the document's own title, wrapped:
 * 厦门市聚焦企业关切进一步落实 / 优化营商环境政策的若干措施: 厦门 2019). The document's own title lines below the notice,
 * holding every character of the short name in order and a few more (its place, a 的), are the title. A name the
 * notice marks with 《》 is the document's as written; the notice's own title repeated below (三门峡 2020) is no such line.
 */
const ATTACHMENT_MARK = /^附件\s*[\d一二三四五六七八九十]*\s*$/;

export function ownTitleBelow(found: TitleFound | null, header: readonly Line[]): TitleFound | null {
  if (!found) return found;
  const noticeLines = header.filter((line) => line.start >= found.span.start && line.end <= found.span.end);
  if (
    !noticeLines
      .map((line) => line.content)
      .join('')
      .includes(`印发${found.title}`)
  )
    return found;
  const below = header.filter((line) => line.start >= found.span.end);
  for (let i = 0; i < below.length; i++) {
    // The document's own title as the notice names it (rule `title-repeated-above-table`: 2024年政府工作报告主要工作任务分解表,
    // then its table's header cells 序号 / 主要工作举措 / 牵头单位: 辽中 2024; …分解表 / 主要工作任务: 沈河 2024): nothing below
    // it is its part.
    if (below[i].content === found.title) return found;
    let joined = '';
    for (let j = i; j < Math.min(below.length, i + 3); j++) {
      const content = below[j].content;
      if (
        /[。：:《]/.test(content) ||
        // The attachment's mark on its own line (玉林 2024: 附件 / 玉林市“十四五”降碳目标工作实施方案) is no part of the title.
        ATTACHMENT_MARK.test(content) ||
        LABEL_LINE.test(content) ||
        RELEASE_MARKING.test(content) ||
        NUMBERED_HEADING.test(content) ||
        DATE_OR_NUMBER_LINE.test(content)
      )
        break;
      joined += content;
      if (joined.length > found.title.length + 8) break;
      if (joined.length > found.title.length && TITLE_END.test(joined) && !/关于印发|通知$/.test(joined) && isSubsequence(found.title, joined)) {
        return { ...found, title: joined, span: { start: below[i].start, end: below[j].end } };
      }
    }
  }
  return found;
}

/**
 * Rule `site-tag-then-own-title`: a collection site labels a file with its province tag and its own name for it
 * (（河北省）衡水市冀州区国民经济和社会发展十四五规划（2022年更新）); where the document's own title follows on the next line
 * (冀州区国民经济和社会发展 第十四个五年规划和二〇三五年远景目标纲要: 冀州 2022), those lines are the title. A label with no
 * title line below it (（湖南省）2020年新晃侗族自治县政府工作报告（全文）, then the site's name and upload time: 新晃 2020)
 * stays the title, without the site's remarks (rule `site-remarks-off-title`).
 */
export function ownTitleBelowTag(found: TitleFound | null, header: readonly Line[]): TitleFound | null {
  if (!found || !PROVINCE_TAG.test(header.find((line) => line.start <= found.span.start && found.span.start < line.end)?.content ?? '')) return found;
  const at = header.findIndex((line) => line.start >= found.span.end);
  if (at < 1) return found;
  // A preamble opening with the document's name in 《》, abbreviated for the rest of the text ((四川省)内江市东兴区…十四五规划
  // (2022年更新) / 《内江市东兴区国民经济和社会发展第十四个五年规划和二○三五远景目标纲要》(以下简称《纲要》),…: 东兴 2022).
  const named = NAMED_THEN_ABBREVIATED.exec(header[at].content);
  if (named && onlyBlankBetween(header, header[at - 1], header[at])) {
    const start = header[at].start + 1;
    return { title: named[1], prefix: '', span: { start, end: start + named[1].length }, prefixSpan: null };
  }
  // The own title may wrap over a few lines (庐江县国民经济和社会发展 / 第十四个五年规划和2035 年 / 远景目标纲要: 庐江 2021).
  let joined = '';
  for (let j = at; j < Math.min(header.length, at + 3); j++) {
    const line = header[j];
    if (!onlyBlankBetween(header, header[j - 1], line) || line.content.length > 60) return found;
    // The label repeated below a column name (本地事 / （贵州省）2021年黔西南州人民政府工作报告（全文）: 黔西南 2021) is no own title.
    if (NUMBERED_HEADING.test(line.content) || /[。：:]/.test(line.content) || PROVINCE_TAG.test(line.content)) return found;
    joined += line.content;
    if (!isWholeTitle(joined)) continue;
    // The report's bare title below a label that names its place too (（江西省）靖安县人民政府工作报告（2023年1月16日） / 政府
    // 工作报告: 靖安 2023; （内蒙古）2025年包头市青山区人民政府政府工作报告 / 2025年政府工作报告: 青山 2025, the label's words in
    // order with its place left out) says less than the label: the label stays.
    if (isSubsequence(joined.replace(/\s/g, ''), found.title.replace(/\s/g, ''))) return found;
    return titleFrom(joined, header.slice(at, j + 1));
  }
  return found;
}

/** Whether every character of `short` stands in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (at < short.length && char === short[at]) at++;
  return at === short.length;
}

const CONTACT_LINE = /^(?:联系人|联系电话|联系方式|电话|传真|邮箱|电子邮箱|地址|邮编)[：:]/;

/** Whether a line of page chrome stands between two header lines. */
function chromeBetween(chrome: ReadonlySet<number>, before: Line, after: Line): boolean {
  if (after.index - before.index < 2) return false;
  for (const index of chrome) if (index > before.index && index < after.index) return true;
  return false;
}

/** Whether nothing but blank lines stands between two header lines. */
function onlyBlankBetween(header: readonly Line[], before: Line, after: Line): boolean {
  return header.every((line) => line.index <= before.index || line.index >= after.index || line.content.length === 0);
}

/** The title part of a line that runs on into the report's occasion (政府工作报告 ——2026年1月27日在…), as a line of its own. */
function titleBeforeOccasion(line: Line): Line | null {
  const match = TITLE_THEN_OCCASION.exec(line.content);
  if (!match || !isWholeTitle(match[1]) || LABEL_LINE.test(match[1])) return null;
  return { ...line, content: match[1], end: line.start + match[1].length };
}

function isWholeTitle(line: string): boolean {
  return /关于印发/.test(line) ? /通知$/.test(line) : TITLE_END.test(line) && TITLE_KIND.test(line) && !/^[^《]*》/.test(line);
}

/**
 * The title a portal states after its 名称 label (安徽 open-government pages: 名称: 泾县人民政府关于…的通知 文号: …), for a
 * page whose own headline ends in no title word (宣城 2020: 2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况).
 */
export function labelledTitle(label: Found | undefined): TitleFound | null {
  if (!label || label.value.length < 4) return null;
  const line: Line = { index: -1, start: label.span.start, end: label.span.start + label.value.length, content: label.value, startsWithTab: false };
  return titleFrom(label.value, [line]);
}

/**
 * Rule `shared-file-line`: a document site's line naming the file a member shared (《嘉兴市贯彻落实《浙江省促进民营经济高质量
 * 发展若干措施》实施方案.docx》由会员分享，可在线阅读，更多相关《…》请在三一办公上搜索。: 嘉兴 2023) is no title line; where
 * nothing else titles the page, the file's name without its extension does.
 */
const SHARED_BY_MEMBER = '由会员分享';
const SHARED_FILE = /^《(.{4,120}?)\.(?:docx?|pdf|wps|pptx?|xlsx?)》由会员分享/i;

export function sharedFileTitle(header: readonly Line[]): TitleFound | null {
  for (const line of header.slice(0, 12)) {
    if (!line.content.includes(SHARED_BY_MEMBER)) continue;
    const match = SHARED_FILE.exec(line.content);
    if (!match) continue;
    const start = line.start + 1;
    return { title: match[1], prefix: '', span: { start, end: start + match[1].length }, prefixSpan: null };
  }
  return null;
}

export function findIssuedDocument(header: readonly Line[]): TitleFound | null {
  for (const line of header) {
    const match = ISSUED_DOCUMENT.exec(line.content);
    if (!match) continue;
    const start = line.start + match.index + 1;
    return { title: match[1], prefix: '', span: { start, end: start + match[1].length }, prefixSpan: null };
  }
  return null;
}

function titleFrom(joined: string, parts: readonly Line[]): TitleFound {
  const span = { start: parts[0].start, end: parts[parts.length - 1].end };
  // "《江西省人民政府关于…的若干意见》责任分工": a title dividing up a cited document names it whole, issuer and all.
  const about = joined.startsWith('《') ? -1 : joined.indexOf('关于');
  const mark = (VALIDITY_MARK.exec(joined) ?? REPOSTED_TITLE_MARK.exec(joined))?.[0].length ?? 0;
  const prefix = about > mark ? joined.slice(mark, about) : '';
  const prefixSpan = about > mark && parts[0].content.length >= about ? { start: parts[0].start + mark, end: parts[0].start + about } : null;
  // "…关于印发X的通知", "中共某区委办公室 某区人民政府办公室印发《X》的通知": the document is X. Rule `issued-about-title`:
  // "天津市人民政府办公厅印发关于促进生活性服务业发展若干措施的通知" (天津 2022): the document is 关于…若干措施, its own title
  // line below the notice written whole (rule own-title-below-notice).
  // So it is where issuers print the document's own title after 印发 with no marks (鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于完善
  // “府院联动”机制的意见的通知: 鹤岗 2025, whose issuers' names lose the verb).
  const published = /关于印发(?:《(.+?)》|(.+?))的?通知$/.exec(joined) ?? /印发《(.+?)》的?通知$/.exec(joined) ?? /(?<!关于)印发(关于.+?)的?通知$/.exec(joined);
  const consulted = published ? null : CONSULTED_DRAFT.exec(joined);
  // "《X》（征求意见稿）公开征求意见的通知" (廊坊 2018): the draft is X, its standing after it.
  const issued = published
    ? unnestMarks(published[1] ?? published[2])
    : consulted
      ? (consulted[1] ?? consulted[2] ?? `${consulted[3]}${consulted[4] ?? ''}`)
      : null;
  // Rule `several-issued`: a notice issuing several documents (关于印发《A》《B》的通知: 乌拉特前旗 2025; …印发关于…的实施意见和行动
  // 计划的通知: 甘肃 2020) names no one document: its title is its own.
  const inner = issued && SEVERAL_DOCUMENTS.test(issued) ? null : issued;
  // A title with no 关于 loses only the portal's label (标题：) or validity mark and a site's tag before it.
  const unlabelled = joined.slice(mark);
  const tag = about < 0 ? (SITE_TAG.exec(unlabelled)?.[0].length ?? 0) : 0;
  const lead = about < 0 && isWholeTitle(unlabelled.slice(tag)) ? mark + tag : 0;
  const own = onceOnly((about >= 0 ? joined.slice(about) : joined.slice(lead)).replace(PROVINCE_TAG, '').replace(SITE_REMARK, ''));
  const title = inner ?? own;
  const titleSpan = !inner && lead > 0 && parts[0].content.length >= lead ? { start: parts[0].start + lead, end: span.end } : span;
  // The issuers before 印发 (鹤岗市人民政府 鹤岗市中级人民法院印发): the verb is no part of their names.
  const issuers = published && prefix.endsWith('印发') ? prefix.slice(0, -2) : prefix;
  const issuersSpan = prefixSpan && issuers !== prefix ? { start: prefixSpan.start, end: prefixSpan.end - 2 } : prefixSpan;
  return { title, prefix: issuers, span: titleSpan, prefixSpan: issuersSpan, ...(inner ? { notice: own } : {}) };
}

/**
 * Rule `title-written-twice`: a site's label of a plan runs on into the plan's own heading, the same words (沅江市国民经济和
 * 社会发展第十四个五年规划和二〇三五年 远景目标纲要沅江市国民经济和社会发展 / 第十四个五年规划和二〇三五年远景 / 目标纲要: 沅江
 * 2021, a plan-collection site): a title that is one name written twice is that name.
 */
function onceOnly(title: string): string {
  const half = title.length / 2;
  return half >= 4 && Number.isInteger(half) && title.slice(0, half) === title.slice(half) ? title.slice(0, half) : title;
}

/**
 * Rule unnested-marks: a title cited inside the document's own 《》 marks its citations with 〈〉; standing alone, as its
 * own title line writes it, the document marks them with 《》 (印发《2024年省〈政府工作报告〉重点工作分工方案》, then the
 * plan's line 2024年省《政府工作报告》重点工作 / 分工方案: 辽宁 2024; 怀化 2023, a Traditional-character mirror).
 */
function unnestMarks(title: string | undefined): string | undefined {
  return title?.replace(/〈([^〈〉]+)〉/g, '《$1》');
}
