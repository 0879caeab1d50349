import type { Locator, Page } from 'playwright-core';
import { useExplorerSession } from './support/explorer-session';
import { CypherConsolePage } from './pages/cypher-console.page';
import { ExplorerPage } from './pages/explorer.page';

/**
 * WCAG contrast of an element's text against what is drawn behind it, from Chromium's computed colours: the
 * element's own background composed over its ancestors' (a transparent button shows its toolbar).
 */
function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const parse = (css: string): [number, number, number, number] => {
      const [r, g, b, a] = (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
      return [r!, g!, b!, a ?? 1];
    };
    const layers: [number, number, number, number][] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const layer = parse(getComputedStyle(node).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] >= 1) break;
    }
    let back: [number, number, number] = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) back = [r * a + back[0] * (1 - a), g * a + back[1] * (1 - a), b * a + back[2] * (1 - a)];
    const [fr, fg, fb, fa] = parse(getComputedStyle(element).color);
    const opacity = Number(getComputedStyle(element).opacity);
    const alpha = fa * opacity;
    const fore: [number, number, number] = [fr * alpha + back[0] * (1 - alpha), fg * alpha + back[1] * (1 - alpha), fb * alpha + back[2] * (1 - alpha)];
    const luminance = ([r, g, b]: [number, number, number]): number =>
      [r, g, b]
        .map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const [l1, l2] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
    return (l1! + 0.05) / (l2! + 0.05);
  });
}

async function hoveredContrast(page: Page, locator: Locator): Promise<{ idle: number; hovered: number; background: string; hoveredBackground: string }> {
  await page.mouse.move(0, 0);
  const idle = await contrastOf(locator);
  const background = await locator.evaluate((e) => getComputedStyle(e).backgroundColor);
  await locator.hover();
  const hovered = await contrastOf(locator);
  const hoveredBackground = await locator.evaluate((e) => getComputedStyle(e).backgroundColor);
  return { idle, hovered, background, hoveredBackground };
}

describe('readable buttons, visible focus, labelled search', () => {
  const session = useExplorerSession();

  it('keeps the text of filled, pressed and header buttons at 4.5:1 or more while hovered', async () => {
    const console_ = await CypherConsolePage.open(session.browser, session.server.url);
    await console_.typeQuery('MATCH (n:Entity) RETURN n.name LIMIT 1');
    const page = console_.page;
    const buttons: [string, Locator][] = [
      ['primary run button', page.getByTestId('console-run')],
      ['selected tab', page.getByTestId('tab-console')],
      ['unselected tab', page.getByTestId('tab-explorer')],
      ['language toggle', page.getByTestId('language-toggle')],
    ];
    for (const [what, button] of buttons) {
      const seen = await hoveredContrast(page, button);
      // The hover must be visible (a changed background) and must not wash the text out.
      expect({ what, changed: seen.hoveredBackground !== seen.background }).toEqual({ what, changed: what !== 'selected tab' });
      expect({ what, idle: seen.idle >= 4.5, hovered: seen.hovered >= 4.5 }).toEqual({ what, idle: true, hovered: true });
    }
    await page.close();

    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const pressed = explorer.page.locator('button[aria-pressed="true"]').first();
    await pressed.waitFor();
    const seen = await hoveredContrast(explorer.page, pressed);
    expect(seen.hovered).toBeGreaterThanOrEqual(4.5);
    await explorer.page.close();
  });

  it('draws a visible focus ring on keyboard focus and labels the search box', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const page = explorer.page;
    await expect(page.getByLabel('搜索图中节点').getAttribute('data-testid')).resolves.toBe('search-input');
    await page.getByTestId('search-input').focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
    });
    expect(ring.tag).not.toBe('BODY');
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
