// The page of `tahlil render` in a real browser: Debian's headless Chromium driven by
// playwright-core. Skips with a message where /usr/bin/chromium is absent.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixtureFiles, ROOT, runCli } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const available = existsSync(CHROMIUM);
if (!available) console.warn(`render.browser: ${CHROMIUM} is absent, skipping the browser test (apt-get install -y chromium)`);

let tmp: string;
let context: BrowserContext;

beforeAll(async () => {
  if (!available) return;
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tahlil-browser-'));
  // A fresh profile every run; playwright takes it as userDataDir (it refuses --user-data-dir in args).
  context = await chromium.launchPersistentContext(join(tmp, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1100, height: 900 } });
});
afterAll(async () => {
  await context?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!available)('tahlil render in Chromium', () => {
  it('highlights every entity with its type, right to left, and takes a screenshot', async () => {
    const file = fixtureFiles()[0]!;
    const rendered = await runCli(['render', file]);
    expect(rendered.code).toBe(0);
    const analysis = JSON.parse((await runCli(['analyze', file])).stdout) as { entities: { text: string; type: string }[]; people: unknown[]; places: unknown[]; organisations: unknown[] };
    const html = join(tmp, 'page.html');
    writeFileSync(html, rendered.stdout);

    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(html).href);
    expect(await page.evaluate('document.dir')).toBe('rtl');
    expect(await page.evaluate('document.documentElement.lang')).toBe('ar');
    // Browser-side code as strings: the project's tsconfig has no DOM types (runtime code must not use them unknowingly).
    const marks = (await page.evaluate(
      `[...document.querySelectorAll('mark[data-type]')].map((m) => ({ type: m.getAttribute('data-type'), text: m.textContent, title: m.getAttribute('title') }))`,
    )) as { type: string; text: string; title: string }[];
    expect(marks).toHaveLength(analysis.entities.length);
    expect(marks.map((m) => [m.type, m.text])).toEqual(analysis.entities.map((e) => [e.type, e.text]));
    for (const m of marks) expect(m.title).toMatch(/source: (gazetteer|context|document)/);
    // Colour by type: the three types have three different backgrounds.
    const colours = (await page.evaluate(
      `Object.fromEntries([...document.querySelectorAll('mark[data-type]')].map((m) => [m.getAttribute('data-type'), getComputedStyle(m).backgroundColor]))`,
    )) as Record<string, string>;
    expect(new Set(Object.values(colours)).size).toBe(Object.keys(colours).length);
    // The summary table is above the text and has one column per type.
    const layout = (await page.evaluate(`({
      table: document.querySelector('table.summary').getBoundingClientRect().top,
      text: document.querySelector('.text').getBoundingClientRect().top,
      columns: document.querySelectorAll('table.summary thead th').length,
      legend: document.querySelectorAll('.legend li').length,
    })`)) as { table: number; text: number; columns: number; legend: number };
    expect(layout.table).toBeLessThan(layout.text);
    expect(layout).toMatchObject({ columns: 3, legend: 3 });
    // The text reads the same as the file, line breaks included.
    const shown = (await page.evaluate(`document.querySelector('.text').innerText`)) as string;
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(readFileSync(join(ROOT, file), 'utf8').replace(/\s+/g, ' ').trim());
    expect(requests).toEqual([]);

    const shot = join(tmp, 'render.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('runs no script from the article text', async () => {
    const evil = join(tmp, 'evil.txt');
    writeFileSync(
      evil,
      `<script>window.__pwned = 1</script>\n<img src=x onerror="window.__pwned = 2">\n"><svg onload="window.__pwned = 3">\nالتقى الفياض بالرئيس السوري بشار الأسد في دمشق '"><script>window.__pwned = 4</script>\n`,
    );
    const rendered = await runCli(['render', '--title', '</title><script>window.__pwned = 5</script>', evil]);
    expect(rendered.code).toBe(0);
    const html = join(tmp, 'evil.html');
    writeFileSync(html, rendered.stdout);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(html).href);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.evaluate(`document.querySelectorAll('script, img, svg').length`)).toBe(0);
    expect(await page.evaluate(`document.querySelector('.text').textContent`)).toContain('<script>window.__pwned = 1</script>');
    expect(await page.title()).toBe('</title><script>window.__pwned = 5</script>');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
