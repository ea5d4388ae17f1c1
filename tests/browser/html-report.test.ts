import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { runCli } from '../support/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false';
/** The CJK fonts the stylesheet names; the one that renders must be one of them, found on the system. */
const CJK_FONTS = ['Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'Microsoft YaHei', 'PingFang SC'];
/** Two runs of the executable and a browser start, on a machine that may be busy: a hang guard, not a timing. */
const HOOK_TIMEOUT = 120_000;
/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };

if (!HAVE_CHROMIUM && !IN_CI) {
  console.warn(`tests/browser/html-report.test.ts: skipped, no Chromium at ${CHROMIUM} (install the Debian package chromium to run it).`);
}

describe.runIf(!HAVE_CHROMIUM && IN_CI)('in CI', () => {
  it('has Chromium to render the HTML report', () => {
    expect.fail(`no Chromium at ${CHROMIUM}: CI must install it (the Debian package chromium) to test the HTML report`);
  });
});

interface JsonReport {
  dossiers: {
    file: string;
    verdict: 'pass' | 'fail';
    project?: { id: string; name: string };
    checklist: { label: string; status: string }[];
    findings: { ruleId: string; message: string; line: number; column: number; file: string }[];
  }[];
}

interface LoadedPage {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

const work = mkdtempSync(join(tmpdir(), 'dossier-check-html-'));
let browser: Browser;

/** Opens a report from a file, as a credit officer would, recording console errors and every request made. */
async function open(name: string, html: string): Promise<LoadedPage> {
  const file = join(work, name);
  writeFileSync(file, html);
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  // The page's own document is its only request.
  expect(requests).toEqual([url]);
  return { page, consoleErrors, requests };
}

function report(format: 'html' | 'json', lang: 'zh' | 'en'): string {
  const run = runCli(['check', 'fixtures/dossiers', '--as-of', '2016-12-31', '--format', format, '--lang', lang]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  return run.stdout;
}

describe.skipIf(!HAVE_CHROMIUM)(`the HTML report in headless Chromium${HAVE_CHROMIUM ? '' : ` (skipped: no Chromium at ${CHROMIUM})`}`, () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  describe.each(['zh', 'en'] as const)('of the example dossiers, in %s', (lang) => {
    let json: JsonReport;
    const words =
      lang === 'zh'
        ? { pass: '✓ 通过', fail: '✗ 不通过', met: '✓ 已满足', notMet: '✗ 未满足' }
        : { pass: '✓ PASS', fail: '✗ FAIL', met: '✓ met', notMet: '✗ not met' };
    let loaded: LoadedPage;
    beforeAll(async () => {
      json = JSON.parse(report('json', lang)) as JsonReport;
      loaded = await open(`report-${lang}.html`, report('html', lang));
    }, HOOK_TIMEOUT);
    afterAll(async () => {
      await loaded?.page.close();
    });

    it('renders without console errors, in the report language', async () => {
      expect(loaded.consoleErrors).toEqual([]);
      expect(await loaded.page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    });

    it('shows every dossier of the JSON report: verdict, project, checklist and findings', async () => {
      const sections = await loaded.page.$$eval('section.dossier', (nodes) =>
        nodes.map((node) => ({
          verdict: node.querySelector('.verdict')!.textContent,
          project: node.querySelector('h2')!.textContent,
          file: node.querySelector('dd code')!.textContent,
          checklist: [...node.querySelectorAll('table.checklist tbody tr')].map((row) => [row.querySelector('.label')!.textContent, row.cells[1]!.textContent]),
          findings: [...node.querySelectorAll('table.findings tbody tr')].map((row) => ({
            message: row.querySelector('.message')!.textContent,
            rule: row.querySelector('.rule')!.textContent,
            where: row.querySelector('.where')!.textContent,
          })),
        })),
      );
      expect(sections).toHaveLength(json.dossiers.length);
      json.dossiers.forEach((dossier, index) => {
        const shown = sections[index]!;
        expect(shown.file).toBe(dossier.file);
        expect(shown.verdict).toBe(words[dossier.verdict]);
        if (dossier.project) expect(shown.project).toContain(`${dossier.project.id} ${dossier.project.name}`);
        expect(shown.checklist.map(([label]) => label)).toEqual(dossier.checklist.map((item) => item.label));
        dossier.checklist.forEach((item, n) => {
          const status = shown.checklist[n]![1]!;
          if (item.status === 'pass') expect(status).toBe(words.met);
          if (item.status === 'fail') expect(status.startsWith(words.notMet)).toBe(true);
        });
        expect(shown.findings).toEqual(dossier.findings.map((f) => ({ message: f.message, rule: f.ruleId, where: `${f.file}:${f.line}:${f.column}` })));
      });
    });

    it('has an index whose links reach every dossier', async () => {
      const targets = await loaded.page.$$eval('table.index a', (links) => links.map((link) => link.getAttribute('href')!));
      expect(targets).toHaveLength(json.dossiers.length);
      for (const target of targets) expect(await loaded.page.locator(target).count()).toBe(1);
    });

    it('renders Chinese text in a system CJK font from its list, not in boxes', async () => {
      // Chromium's own account of the fonts whose glyphs drew the project name: a missing font would show as none.
      const cdp = await loaded.page.context().newCDPSession(loaded.page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.project-name' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const cjk = fonts.filter((font) => CJK_FONTS.includes(font.familyName));
      expect(cjk.length, JSON.stringify(fonts)).toBeGreaterThan(0);
      expect(cjk.every((font) => !font.isCustomFont && font.glyphCount > 0)).toBe(true);
      await cdp.detach();
    });

    it('prints to an A4 PDF, a page or more per dossier, whose text carries the verdicts', async () => {
      const pdf = await loaded.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const document = await getDocumentProxy(new Uint8Array(pdf));
      // Each dossier begins a page, and the summary one more.
      expect(document.numPages).toBeGreaterThan(json.dossiers.length);
      const first = await document.getPage(1);
      const { width, height } = first.getViewport({ scale: 1 });
      expect(Math.abs(width - A4.width)).toBeLessThan(1);
      expect(Math.abs(height - A4.height)).toBeLessThan(1);
      const { text } = await extractText(document, { mergePages: false });
      const compact = text.map((page) => page.replace(/\s+/g, ''));
      const [dossier] = json.dossiers;
      expect(compact[0]).toContain(words[dossier!.verdict].replace(/\s+/g, ''));
      expect(compact[0]).toContain(dossier!.project!.name);
      expect(compact.some((page) => page.includes(words.pass.replace(/\s+/g, '')))).toBe(true);
      await document.destroy();
    });
  });

  it('a hostile dossier runs no script, makes no request and shows its values as text', async () => {
    const SCRIPT = '<script>window.pwned = 1</script>';
    const IMAGE = `<img src="https://example.invalid/x.png" onerror="window.pwned = 2">`;
    const hostile = replaceOnce(
      replaceOnce(BASE_DOSSIER, '  id: TEST-001\n  name: 测试棚户区改造项目\n', `  id: '${IMAGE}'\n  name: "javascript:alert(1) ${SCRIPT}"\n`),
      'number: 晋建保字〔2016〕8号',
      `number: '${IMAGE}'`,
    );
    const run = runCli(['check', '-', '--format', 'html'], { input: hostile });
    expect(run.stderr).toBe('');
    const { page, consoleErrors, requests } = await open('hostile.html', run.stdout);
    expect(consoleErrors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.locator('script, img, [onerror]').count()).toBe(0);
    expect(await page.textContent('.project-id')).toBe(IMAGE);
    expect(await page.textContent('.project-name')).toBe(`javascript:alert(1) ${SCRIPT}`);
    await page.close();
  });
});
