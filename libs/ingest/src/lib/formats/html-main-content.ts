import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler'; // cheerio's DOM (a dependency of cheerio)

/**
 * Where government portals put the document body, most specific first: #zoom and .TRS_Editor (TRS WCM, used by most
 * provincial portals), #UCAP-CONTENT (Kaipu), then generic names.
 */
const CONTENT_CONTAINERS = [
  '#zoom',
  '.TRS_Editor',
  '#UCAP-CONTENT',
  '.pages_content',
  '.article-content',
  '.article_content',
  '#article',
  '.article',
  '.zwnr',
  '.detail-content',
  '#content',
  '.content',
  'article',
  '[role=main]',
  'main',
];
/** Page chrome, removed before anything is measured. */
const CHROME = 'script, style, noscript, template, iframe, nav, aside, form, button, select, textarea, [role=navigation], [role=banner], [role=contentinfo]';
/** Class or id words of chrome inside a content area: share bars, font-size switches, breadcrumbs, related links. */
const CHROME_NAME =
  /(^|[-_\s])(nav|navbar|menu|share|bdshare|breadcrumbs?|crumbs?|location|position|sidebar|related|xglj|copyright|toolbar|print|fontsize|font-size|search|login|footer|header)([-_\s]|$)/i;

/** A container with less Chinese text than this is an empty template or a teaser, not the document. */
const MIN_CONTAINER_CJK = 30;
/** Above this share of link text a block is a link list. */
const MAX_LINK_DENSITY = 0.5;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * Finds the element holding the document on a portal page: a known content container if one holds Chinese text,
 * otherwise the element whose paragraphs hold the most Chinese text (each block's own CJK characters counted for its
 * parent in full and its grandparent by half, discounted by link density: a small Readability). Navigation, headers,
 * footers, share bars and link lists are removed from the page first.
 */
export function mainContent($: CheerioAPI): Element {
  $(CHROME).remove();
  const body = $('body').get(0) ?? ($.root().children('html').get(0) as Element | undefined);
  for (const element of $('header, footer').get()) if (!holdsContainer($, element)) $(element).remove();

  const container = knownContainer($) ?? densestBlock($) ?? body ?? ($.root().get(0) as unknown as Element);
  removeChromeInside($, container);
  return container;
}

function knownContainer($: CheerioAPI): Element | null {
  for (const selector of CONTENT_CONTAINERS) {
    const best = $(selector)
      .get()
      .filter(isElement)
      .map((element) => ({ element, cjk: cjkCount($(element).text()), links: linkDensity($, element) }))
      .filter((candidate) => candidate.cjk >= MIN_CONTAINER_CJK && candidate.links < MAX_LINK_DENSITY)
      .sort((a, b) => b.cjk - a.cjk)[0];
    if (best) return best.element;
  }
  return null;
}

function densestBlock($: CheerioAPI): Element | null {
  const scores = new Map<Element, number>();
  for (const block of $('p, div, td, li, section, article, font, span').get().filter(isElement)) {
    const own = cjkCount(ownText(block));
    if (own === 0) continue;
    const parent = block.parent?.type === 'tag' ? block.parent : null;
    const grandparent = parent?.parent?.type === 'tag' ? parent.parent : null;
    // A block counts for its parent: paragraphs are siblings under the content element.
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + own);
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + own / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const discounted = score * (1 - linkDensity($, element));
    if (discounted > bestScore) {
      best = element;
      bestScore = discounted;
    }
  }
  return best;
}

function removeChromeInside($: CheerioAPI, container: Element): void {
  $(container)
    .find('*')
    .filter((_, element) => CHROME_NAME.test(`${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`))
    .remove();
  $(container)
    .find('ul, ol, div, table')
    .filter((_, element) => $(element).find('a').length >= 2 && linkDensity($, element) > MAX_LINK_DENSITY)
    .remove();
}

function holdsContainer($: CheerioAPI, element: Element): boolean {
  return CONTENT_CONTAINERS.some((selector) => $(element).find(selector).length > 0);
}

/** Text directly inside an element, not inside its block children: what the element itself says. */
function ownText(element: Element): string {
  let text = '';
  const visit = (node: AnyNode) => {
    if (node.type === 'text') text += node.data;
    else if (node.type === 'tag' && (node === element || /^(a|b|strong|em|i|u|span|font|sup|sub)$/i.test(node.name))) node.children.forEach(visit);
  };
  visit(element);
  return text;
}

function linkDensity($: CheerioAPI, element: Element): number {
  const all = cjkCount($(element).text()) || $(element).text().trim().length;
  if (all === 0) return 0;
  const linked = $(element)
    .find('a')
    .get()
    .reduce((sum, link) => sum + (cjkCount($(link).text()) || $(link).text().trim().length), 0);
  return Math.min(1, linked / all);
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag';
}

function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}
