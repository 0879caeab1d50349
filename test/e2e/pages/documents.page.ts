import type { Browser, Page } from 'playwright-core';

/** The documents tab (zh-CN): the table of stored documents and the drop zone, driven as a user would. */
export class DocumentsPage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<DocumentsPage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(url);
    await page.getByTestId('tab-documents').click();
    await page.getByTestId('documents-table').waitFor();
    return new DocumentsPage(page);
  }

  /** Chooses `file` through the drop zone's file dialog; answers the upload report line once it is shown. */
  async upload(file: string): Promise<string> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByTestId('drop-zone').click()]);
    await chooser.setFiles(file);
    return this.page.getByTestId('upload-report').innerText();
  }
}
