import { type Line, splitLines, withoutTablePipes } from '../lines';

/**
 * Controls and labels of government and newspaper web pages that copy-paste keeps above the document: buttons
 * (下载 打印 全屏 收藏 分享), the font-size switch (【字号：加大 还原 减小】, 【字体：大 中 小】), the breadcrumb
 * (当前位置：首页 > 要闻), a portal's section name alone on its line (• 政府信息公开: 灵璧 2021), a tab label over the
 * article (详细内容: 万州 2021; 详细信息, 公开具体内容: 南县 2018), publication labels (来源：, 时间：, 阅读量：) and timestamps.
 * Rule `portal-columns`: a date widget that lost its date (今天是) and a portal's column names alone on their lines above
 * the headline (新闻中心 / 代表工作, a people's congress site: 泰和 2023) head no document.
 */
const CONTROL =
  /^(下载|打印|全屏|收藏|关闭|关闭窗口|返回顶部|返回|分享(到)?[：:]?|打印本页|加大|还原|减小|默认|[大中小]|[【】〔〕\[\]]|[【〔\[]?字号[：:]?|[【〔\[]?字体[：:]?|首页|[>＞»›]|您的位置[：:]?|当前位置[：:]?|扫一扫.*|微信|微博|QQ空间|政府信息公开|信息公开|政务公开|导航菜单|版面导航|标题导航|详细内容|详细信息|公开具体内容|正文|今天是|新闻中心|代表工作)$/;
/** A label whose value is on the next line ("来源:" / "四川日报"). */
const BARE_LABEL = /^(来源|时间|发表时间|发布时间|发布日期|作者|编辑|责任编辑|阅读量|浏览量|浏览次数|点击数)[：:]$/;
/** A label with its value on the same line. */
const LABELLED = /^(来源|时间|发表时间|发布时间|作者|编辑|责任编辑|阅读量|浏览量|浏览次数|点击数)[：:]\s*\S{0,30}$/;
/**
 * A publication timestamp alone on its line: 2026-02-03 09:02:33, 2026年02月10日 07时41分, a paper's date line
 * 2017年03月31日 星期五, also when the copy moved its weekday to the next line (2021年6月23日 星期: 山南 2021, a paper's
 * e-edition). A written date alone (2022年10月18日) is a notice's signature date, not chrome.
 */
const TIMESTAMP =
  /^(19|20)\d{2}(-\d{1,2}-\d{1,2}(\s*\d{1,2}:\d{1,2}(:\d{1,2})?)?|年\d{1,2}月\d{1,2}日\s*(\d{1,2}[:时]\d{1,2}(分|:\d{1,2})?|星期[一二三四五六日天]?))$/;
/**
 * The accessibility and elder-mode switches of government portals, alone or together on a line, with list bullets and bars
 * (• 无障碍浏览 / • 长辈版|, 无障碍浏览 长者模式, 无障碍阅读 关怀版 返回首页), and a portal's account links (rule
 * `site-welcome`: 登录/注册 用户中心 支持IPV6, 开鲁 2025; 智能问答 长者专区 残疾人专区 无障碍繁体登录注册, 江岸 2024): no title.
 */
const ACCESSIBILITY_SWITCHES =
  /^(?:[•·|｜/\s]*(?:无障碍(?:浏览|阅读|版)?|长者模式|长辈版|关怀版|适老版|手机版|返回首页|登录|注册|用户中心|个人中心|支持IPV6|支持IPv6|智能问答|长者专区|残疾人专区|繁体|简体)[•·|｜/\s]*)+$/;
/**
 * Rule `reader-tools`: an accessibility toolbar's buttons run together on one line (字体缩小字体放大页面缩小页面放大高对比度辅助线
 * 恢复正常关闭, above 漯河's 2024 plan on its development and reform site): two buttons or more, nothing else: no title.
 */
const READER_TOOLS =
  /^(?:(?:字体|文字|页面)(?:缩小|放大|变大|变小)|高对比度?|辅助线|大字幕|纯文本|读屏|语音(?:播报|朗读)?|恢复(?:正常|默认)?|重置|关闭|[\s|｜]){2,}$/;
/**
 * Rule `site-group-links`: a portal's links to the sites of its group (站群导航 / 市政府网站 / 市政府部门站群 / 县区政府站群, then
 * • 无障碍版 / • 手机版: 明山 2023) stand alone on their lines above the title: no title.
 */
const SITE_GROUP_LINKS = /^(?:站群导航|[\u4e00-\u9fa5]{0,8}站群|[\u4e00-\u9fa5]{1,8}政府网站?)$/;
/**
 * Rule `portal-link-bar`: a portal's bar of links to other sites and bodies on one line (中国政府网 黑龙江省政府网 English
 * Русская версия 市人大 市政协 市纪委监委: 齐齐哈尔 2020; the spaces between them are gone once the text is normalized): three
 * links or more to a site or a body, no punctuation, no 关于: no title, and no line a title runs on from.
 */
const LINK_BAR_LINK = /政府网|门户网|网站|人大|政协|纪委监委|纪委|English/g;
function isLinkBar(line: string): boolean {
  if (line.length > 80 || /[，。；：、,.;:]|关于/.test(line)) return false;
  return (line.match(LINK_BAR_LINK)?.length ?? 0) >= 3;
}
/**
 * Rule `portal-links`: the links to the portals above a district's site, run together on one line (中国政府网湖北省政府武汉市政府
 * above 江岸区's plan report, 2024): no title, and the places they name are not the page's.
 */
const PORTAL_LINKS = /^中国政府网(?:[\u4e00-\u9fa5]{2,12}?(?:人民政府|政府)(?:网|门户网站)?){1,4}$/;
/**
 * Rule `site-welcome`: a portal's greeting naming the site (欢迎访问开鲁县人民政府!: 开鲁 2025), and a link to a site's home
 * page alone on its line (山南网首页, the pipes around it gone: 山南 2021): no headline, though they name the place; also a greeting
 * with the account links after it and the site's QR-code service (Hi,欢迎来到惠企政策信息统一发布平台! 免费注册 / 政策码上看 above
 * 大田县人民政府办公室关于…的通知: 大田 2023, whose issuer was lost in the run-on title).
 */
const SITE_WELCOME =
  /^(?:(?:Hi|您好)?[，,]?\s*欢迎您?(?:访问|来到|光临|进入)[\u4e00-\u9fa5A-Za-z]{2,30}[!！。]?(?:\s*(?:免费注册|注册|登录))*|[\u4e00-\u9fa5A-Za-z]{2,10}首页|[\u4e00-\u9fa5]{0,6}码上(?:看|办|查|问))$/;
/**
 * Rule `e-paper-chrome`: a paper's e-edition prints its page header (第08版:文件 上一版3), its page list (第01版) and a
 * reader's controls (3 上一篇 放大 缩小 默认: the weekday's digit of the line above run in) around the article: 山南 2021;
 * the paper's masthead (浙江日报 数字报纸: 金华 2024); an issue's number and page (1886 期 / 第2版:2: 长子 2023); a county paper's
 * page line with its issue's number and date (第一版:要闻版总第4492期 >2024-01-22编印: 宝丰 2024); the whole-page view's
 * switches, the current page and the article's length (通版阅读请点击: / 展开通版 / 收缩通版 / 当前版:01版 … 文章字数:686 around
 * the headline: 商洛 2018, 柞水 2018, the e-paper system many city papers run).
 */
const E_PAPER =
  /^(?:通版阅读请点击[：:]?|展开通版|收缩通版|当前版[：:]\s?\d{1,3}\s?版|文章字数[：:]\s?\d{1,6}|第\s?[\d一二三四五六七八九十]{1,3}\s?版(?:[：:](?:.{0,20}|.{0,40}?(?:总第\s?\d{1,5}\s?期|编印).{0,24}))?|\d{1,5}\s?期\s*\/\s*第\s?\d{1,3}\s?版.{0,20}|[\u4e00-\u9fa5]{2,10}\s*(?:数字报纸|数字报|电子报|电子版)|\d?\s*(?:(?:上一篇|下一篇|上一版|下一版|放大|缩小|默认|返回目录)\s*\d?\s*){2,})$/;
/**
 * Rule `document-site-preview`: a document-sharing site's preview frame above a document it shows in part: the page
 * counter (已阅读5页,还剩9页未读, 继续免费阅读), its copyright notice (版权说明:本文档由用户提供并上传…) and the label of the
 * text (文档简介: 砚山 2011, on renrendoc.com); another's page list (第1页 / 共107页 … 第10页 / 共107页), its notice (亲,该文档总共107页,
 * 到这儿已超出免费预览范围…) and labels (资源预览内容, 资源描述: 鲤城 2021, on jinchutou.com).
 */
const DOCUMENT_SITE =
  /^(?:已阅读\d+页[，,]?\s*还剩\d+页未读[，,]?\s*(?:继续免费阅读)?|版权说明[：:].{0,80}|文档简介|文档介绍|资源预览内容|资源描述|第\s?\d{1,4}\s?页\s?[/／]\s?共\s?\d{1,4}\s?页|亲[，,]该文档总共\d+页.{0,40})$/;
/**
 * A site's menu bar, opening with 首页 (首 页 通知公告 政府信息公开 政务服务 政民互动), its words spaced out (首     页 政 务 公 开 …
 * 走 进 鹤 城: 齐齐哈尔 2020): no title opens with it, nor runs on from it.
 */
const NAV_BAR = /^首\s*页[\u4e00-\u9fa5\s|｜]{4,60}$/;
/**
 * Rule `image-alt-line`: an image's alternative text left where the picture was, a site's logo (中原区人民政府网站logo above
 * the headline: 中原 2024): no title, and no place of the page's own.
 */
const IMAGE_ALT = /^[\u4e00-\u9fa5A-Za-z]{2,24}(?:logo|LOGO|Logo)$/;
/** A site's masthead line: "长城新媒体集团  主办". */
const MASTHEAD = /^[\u4e00-\u9fa5]{2,20}\s*主办$/;
/**
 * A breadcrumb trail on one line (当前位置：首页 > 要闻), or its continuation opening with the separator (>> 专题专栏), or a
 * trail of a news portal's channels with no label (人民网>>湖南频道>>本网专稿: 长沙 2024; rule `channel-trail`): short names
 * joined by > or >>, nothing else on the line; or a trail from the home page whose last crumb is the page's title, however
 * long (rule `trail-to-title`: 首页 >> 政策 >>区县 >>万州 >> 重庆市万州区…远景目标纲要, the title written again below: 万州 2021),
 * its crumbs also joined by / (rule `slash-trail`: 首页/ 政务公开/ 法定主动公开内容/ 统计信息/ 统计公报/ 正文, 子洲 2024) or by an
 * arrow drawn with hyphens (rule `arrow-trail`: 首页-->社会 under the site's 中新社吉林分社正文: 绿园 2024), or opening with the
 * link home before its label (返回首页 > 位置: 学校网 > 城区 > 正文: 城厢 2022).
 */
const TRAIL =
  /^((返回首页\s*[>＞»›]{1,2}\s*位置|您现在的位置是?|您现在所在的位置|您当前的位置|您的当前位置|您当前所在的位置|您当前所在位置|您所在的?位置|您的位置|当前位置|所在位置|现在位置)[：:]|[>＞»›]{1,2}\s*\S|首\s?页\s*(?:-{0,2}[>＞»›]{1,2}|[/／](?=\s*[\u4e00-\u9fa5]))|[\u4e00-\u9fa5A-Za-z]{2,12}(?:\s*[>＞»›]{1,2}\s*[\u4e00-\u9fa5A-Za-z]{2,12}){1,6}$)/;
/** Labels of a page's publication line; a line of only these ("作者: 来源: X 发布时间: 2023-04-17") is chrome. */
const PUBLICATION_LABELS =
  '来源|信息来源|文章来源|稿件来源|时间|发表时间|发布时间|发布日期|更新时间|作者|编辑|责任编辑|阅读量|浏览量|浏览次数|点击数|访问量|字号|字体';
const PUBLICATION_LABEL = new RegExp(`^(${PUBLICATION_LABELS})$`);
/** A later label, run into the value before it when the copy lost the spaces (来源：某区政府办公室发布时间：). */
const ENDS_WITH_PUBLICATION_LABEL = new RegExp(`(${PUBLICATION_LABELS})$`);
const ANY_LABEL = /([\u4e00-\u9fa5]{2,6})[：:]/g;
/** What a publication line opens with: tested first, as this runs on most short lines of a page. */
const OPENS_WITH_PUBLICATION_LABEL = new RegExp(`^(?:${PUBLICATION_LABELS})[：:]`);
/**
 * A photo caption: "…本报记者 戴冰摄", "贵州日报天眼新闻记者 李森 摄"; and the label a stock picture leaves alone on its line
 * (rule `file-photo-label`: (资料图片) above the lead: 磴口 2023, 都江堰 2017), no headline.
 */
const PHOTO_CAPTION = /(记者|摄影|通讯员).{0,20}摄$|^[（(]?(?:资料图片|资料图|图片|配图)[）)]?$/;
const BREADCRUMB_SEPARATOR = /^[>＞»›]$/;
/** How far down a page its breadcrumb trail may stand for the lines above it to be the site's masthead and menus. */
const TRAIL_REACH = 4;

/** A line made of publication labels and their values only, opening with a label. */
function isPublicationLine(text: string): boolean {
  if (text.length > 120 || !OPENS_WITH_PUBLICATION_LABEL.test(text)) return false;
  const labels = [...text.matchAll(ANY_LABEL)];
  return (
    labels.length > 0 && labels[0].index === 0 && PUBLICATION_LABEL.test(labels[0][1]) && labels.every((label) => ENDS_WITH_PUBLICATION_LABEL.test(label[1]))
  );
}

/**
 * A line of page chrome by itself: a control (下载, 首页, 打印 …), a breadcrumb trail, a publication line or a
 * timestamp. Never the continuation of a wrapped sentence.
 */
export function isPageChromeLine(line: string): boolean {
  return (
    CONTROL.test(line) ||
    TRAIL.test(line) ||
    LABELLED.test(line) ||
    isPublicationLine(line) ||
    TIMESTAMP.test(line) ||
    MASTHEAD.test(line) ||
    IMAGE_ALT.test(line) ||
    ACCESSIBILITY_SWITCHES.test(line) ||
    (line.length <= 80 && READER_TOOLS.test(line)) ||
    PORTAL_LINKS.test(line) ||
    SITE_WELCOME.test(line) ||
    E_PAPER.test(line) ||
    DOCUMENT_SITE.test(line) ||
    NAV_BAR.test(line) ||
    SITE_GROUP_LINKS.test(line) ||
    isLinkBar(line)
  );
}

/**
 * Indexes (into `lines`) of page chrome among the first lines: controls, labels and their values, timestamps, photo
 * captions, and breadcrumb items (the lines around a lone ">", and a column name repeated right after the trail).
 */
export function pageChromeLines(lines: readonly Line[]): Set<number> {
  const chrome = new Set<number>();
  const content = lines.filter((line) => line.content.length > 0);
  for (const index of columnsAboveHeadline(content)) chrome.add(index);
  // A site's name and menus sit above its breadcrumb trail (中国临朐 / 当前位置：首页--委办局--…: 临朐 2016): the
  // lines above a trail among a page's first lines are no part of the document.
  const trail = content.slice(0, TRAIL_REACH).findIndex((line) => TRAIL.test(line.content));
  for (let i = 0; i < trail; i++) chrome.add(content[i].index);
  let lastCrumb: string | null = null;
  for (let i = 0; i < content.length; i++) {
    const line = content[i];
    const text = line.content;
    const previous = content[i - 1]?.content ?? '';
    const next = content[i + 1]?.content ?? '';
    const crumb = BREADCRUMB_SEPARATOR.test(previous) || BREADCRUMB_SEPARATOR.test(next);
    if (crumb && !BREADCRUMB_SEPARATOR.test(text)) lastCrumb = text;
    // A trail on one line names its column last (您现在的位置是: 首页 > 专题材料 > 政府报告): the column's name repeated on
    // the line below it is the column's heading, no title (瑶海 2021, rule `column-after-trail`); not a page's title as the
    // last crumb, written again as the headline (rule trail-to-title: 万州 2021).
    // A trail closed by the page's own word (…>>政府常务会议>>正文: 丹棱 2018) names its column before that word.
    if (TRAIL.test(text) && /[>＞»›]/.test(text)) {
      const items = text
        .split(/[>＞»›]+/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
      while (items.length > 1 && CONTROL.test(items[items.length - 1])) items.pop();
      const column = items[items.length - 1] ?? '';
      if (column.length >= 2 && column.length <= 8) lastCrumb = column;
    }
    if (
      CONTROL.test(text) ||
      BARE_LABEL.test(text) ||
      LABELLED.test(text) ||
      TRAIL.test(text) ||
      isPublicationLine(text) ||
      TIMESTAMP.test(text) ||
      MASTHEAD.test(text) ||
      IMAGE_ALT.test(text) ||
      ACCESSIBILITY_SWITCHES.test(text) ||
      (text.length <= 80 && READER_TOOLS.test(text)) ||
      SITE_WELCOME.test(text) ||
      E_PAPER.test(text) ||
      DOCUMENT_SITE.test(text) ||
      NAV_BAR.test(text) ||
      SITE_GROUP_LINKS.test(text) ||
      isLinkBar(text) ||
      PHOTO_CAPTION.test(text) ||
      BARE_LABEL.test(previous) ||
      crumb ||
      (lastCrumb !== null && text === lastCrumb)
    ) {
      chrome.add(line.index);
    }
  }
  return chrome;
}

/**
 * Rule `column-above-headline`: a portal prints the name of the column above an article's headline, the headline right above
 * its publication line (政府公报 / 获嘉县2023年大事月报第四期 / 来源: 发布时间: 2023-05-09: 获嘉 2023; 今日舞阳 / 县委县政府重点工作
 * 第52次周交办会议召开 / 来源: 中国舞阳网 信息时间:…: 舞阳 2022; 发展规划 / 玉溪市…第十一个五年规划纲要 / 发布时间:…: 玉溪;
 * 民生工程 / 巴中市2017年市自选“十件民生实事”1—9月进度公示 / 发布时间:…: 巴中 2017): a short line (eight characters at most,
 * no punctuation, no issuing body's name) among the page's first lines above the headline is the column, no title; so is a
 * periodical's volume line (淇河文化研究 第五卷 2010) and a headline the column's name is run into (文化新闻 - 高度重视… above the
 * same headline alone: 鹤壁 2010).
 */
const COLUMN_NAME = /^[\u4e00-\u9fa5]{2,8}$/;
const COLUMN_ISSUER = /(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|院|中心|公司)$/;
const PERIODICAL_VOLUME = /^[\u4e00-\u9fa5]{2,12}\s*第\s*[一二三四五六七八九十\d]{1,3}\s*[卷期]\s*(?:(?:19|20)\d{2})?$/;
const COLUMN_DASH_HEADLINE = /^[\u4e00-\u9fa5]{2,8}\s*[-－—]\s*(.+)$/;
const HEADLINE_REACH = 5;

function columnsAboveHeadline(content: readonly Line[]): number[] {
  const published = content.slice(0, HEADLINE_REACH + 1).findIndex((line) => OPENS_WITH_PUBLICATION_LABEL.test(line.content));
  if (published < 2) return [];
  const headline = content[published - 1].content;
  if (headline.length < 6 || !/[\u4e00-\u9fa5]{4}/.test(headline)) return [];
  const columns: number[] = [];
  for (const line of content.slice(0, published - 1)) {
    const text = line.content.replace(/\s+/g, '');
    const dashed = COLUMN_DASH_HEADLINE.exec(line.content);
    if (
      (COLUMN_NAME.test(text) && text.length < headline.length && !COLUMN_ISSUER.test(text)) ||
      PERIODICAL_VOLUME.test(line.content) ||
      (dashed && dashed[1].replace(/\s+/g, '') === headline.replace(/\s+/g, ''))
    )
      columns.push(line.index);
    else return [];
  }
  return columns;
}

/** How many first lines of a page may hold its chrome (as the notice header read for metadata). */
const HEADER_LINES = 40;

/**
 * Indexes of the page-chrome lines among a text's first lines, read with their neighbours (the site's name above a
 * breadcrumb trail: 牟定县人民政府 / 首页 >> 新闻动态 >> 牟定动态 >> 正文, 牟定 2022), for a headline looked for line by line.
 */
export function headerChromeLines(text: string): Set<number> {
  let end = -1;
  for (let count = 0; count < HEADER_LINES; count++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) break;
  }
  return pageChromeLines(splitLines(end < 0 ? text : text.slice(0, end)).map(withoutTablePipes));
}
