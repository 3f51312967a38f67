import { expect, test, type Page, type Request } from '@playwright/test';
import { auditPreviewDom } from '../src/features/preview/hostile/auditPreviewDom';
import { HOSTILE_CORPUS, type HostileInput } from '../src/features/preview/hostile/hostileCorpus';

// The server's Content-Security-Policy would stop an injected script by itself; these tests check
// the renderer's own guarantee (DOMPurify and the tables), so the page runs without it. The CSP is
// checked on its own in csp.spec.ts.
test.use({ bypassCSP: true });

declare global {
  interface Window {
    __xss: string[];
    __pwned: (id: unknown) => void;
  }
}

const CHUNK = 15;
const chunks: HostileInput[][] = [];
for (let start = 0; start < HOSTILE_CORPUS.length; start += CHUNK) {
  chunks.push(HOSTILE_CORPUS.slice(start, start + CHUNK));
}

/** The wire form the lab receives: what a user would paste from an API log. */
const wire = (input: HostileInput): string =>
  JSON.stringify({ msg_type: input.msg_type, content: JSON.stringify(input.content) });

async function openLab(page: Page) {
  const executed: string[] = [];
  page.on('dialog', (dialog) => {
    executed.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Any script a payload manages to run calls __pwned (or sets __xss): the page-level flag.
  await page.addInitScript(() => {
    window.__xss = [];
    window.__pwned = (id: unknown) => {
      window.__xss.push(String(id));
    };
  });
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto('/preview?lang=en');
  await expect(page.getByTestId('message-preview')).toBeVisible();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return { executed, requests };
}

for (const [index, chunk] of chunks.entries()) {
  test(`hostile corpus ${index + 1}/${chunks.length}: nothing runs, nothing but images loads`, async ({
    page,
  }) => {
    const { executed, requests } = await openLab(page);
    const preview = page.getByTestId('message-preview');
    for (const input of chunk) {
      const text = wire(input);
      await page.getByRole('textbox', { name: 'Message JSON' }).fill(text);
      await expect(page.locator(`[data-rendered-length="${text.length}"]`), input.id).toBeVisible();
      await expect(preview.locator('.mp-failed'), `${input.id} hit the error boundary`).toHaveCount(
        0,
      );
      expect(await preview.evaluate(auditPreviewDom), input.id).toEqual([]);
      // Press every button the input produced, hover every link: handlers would fire now.
      for (const button of await preview.locator('button').all()) await button.click();
      for (const anchor of await preview.locator('a').all()) await anchor.hover();
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll<HTMLImageElement>('.mp img')).every(
          (image) => image.complete,
        ),
      );
      expect(await page.evaluate(() => window.__xss), input.id).toEqual([]);
      expect(executed, input.id).toEqual([]);
      const notImages = requests
        .filter((request) => request.resourceType() !== 'image')
        // The app's own status poll is not caused by the content.
        .filter((request) => new URL(request.url()).pathname !== '/api/status')
        .map((request) => `${request.resourceType()} ${request.url()}`);
      expect(notImages, input.id).toEqual([]);
    }
    expect(await page.evaluate(() => typeof window.__pwned)).toBe('function');
  });
}

test('the flag works: a script that runs is caught', async ({ page }) => {
  await openLab(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "__pwned('control')";
    document.body.append(script);
  });
  expect(await page.evaluate(() => window.__xss)).toEqual(['control']);
});
