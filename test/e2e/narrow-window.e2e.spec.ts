import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { openTab, TAB_VISITS } from './support/tab-tour';

describe('the explorer at 800 px wide', () => {
  const session = useExplorerSession();

  it('keeps most of the width for the canvas and opens the side panel as a drawer', async () => {
    const explorer = TAB_VISITS.find((visit) => visit.tab === 'explorer')!;
    const page = await openTab(session.browser, session.server.url, explorer, 'zh', { width: 800, height: 900 });
    try {
      const canvasWidth = (): Promise<number> => page.getByTestId('graph-canvas').evaluate((element) => element.getBoundingClientRect().width);
      const side = page.getByTestId('explorer-side');
      const toggle = page.getByTestId('side-panel-toggle');
      expect(await canvasWidth()).toBeGreaterThanOrEqual(0.6 * 800);
      await expect(side.isVisible()).resolves.toBe(false);
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      // Nothing sticks out sideways: no horizontal scrolling of the page.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(800);

      await toggle.click();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await page.getByTestId('details-panel').waitFor();
      const box = (await side.boundingBox())!;
      // The drawer lies inside the window, over the canvas, which keeps its width underneath.
      expect(box.width).toBeGreaterThan(200);
      expect(box.x + box.width).toBeLessThanOrEqual(800);
      await expect(page.getByTestId('details-panel').locator('.details-kind').isVisible()).resolves.toBe(true);
      expect(await canvasWidth()).toBeGreaterThanOrEqual(0.6 * 800);
      await screenshot(page, 'explorer-800px-drawer');

      await toggle.click();
      await expect(side.isVisible()).resolves.toBe(false);
    } finally {
      await page.close();
    }
  });

  it('shows the side panel beside the canvas on a wide window, without the drawer button', async () => {
    const explorer = TAB_VISITS.find((visit) => visit.tab === 'explorer')!;
    const page = await openTab(session.browser, session.server.url, explorer, 'zh', { width: 1400, height: 900 });
    try {
      await expect(page.getByTestId('explorer-side').isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('side-panel-toggle').isVisible()).resolves.toBe(false);
    } finally {
      await page.close();
    }
  });
});
