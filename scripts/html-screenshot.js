// Writes docs/html-report.png: the first two A4 pages of the HTML report of the example dossiers, as Chromium prints
// them. Run by hand after `npm run build` (`node scripts/html-screenshot.js`), look at the picture, commit it.
// `node scripts/html-screenshot.js OUT.png 20,21 zh` draws other pages, in another language, elsewhere.
// The printed PDF is drawn by pdf.js (from unpdf) inside the same browser, so the picture shows the pages as printed,
// not the screen layout.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/dossier-check.js', import.meta.url));
const [outputArgument, pagesArgument, langArgument] = process.argv.slice(2);
const output = outputArgument ?? fileURLToPath(new URL('../docs/html-report.png', import.meta.url));
const pdfjs = readFileSync(fileURLToPath(import.meta.resolve('unpdf/pdfjs')));
const PAGES = (pagesArgument ?? '1,2').split(',').map(Number);

const run = spawnSync(process.execPath, [bin, 'check', 'fixtures/dossiers', '--as-of', '2016-12-31', '--format', 'html', '--lang', langArgument ?? 'en'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status !== 0 && run.status !== 1) throw new Error(`dossier-check failed (exit ${run.status}): ${run.stderr}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setContent(run.stdout, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });

  // A page of our own on a made-up origin, so pdf.js can be loaded as a module; nothing leaves the browser.
  const viewer = await browser.newPage({ viewport: { width: 1900, height: 1300 }, deviceScaleFactor: 1 });
  await viewer.route('http://render.invalid/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/pdfjs.mjs') return route.fulfill({ body: pdfjs, contentType: 'text/javascript' });
    if (url.pathname === '/report.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' });
    return route.fulfill({
      body: '<!DOCTYPE html><body style="margin:0;background:#888"><div id="pages" style="display:inline-flex;gap:16px;padding:16px"></div></body>',
      contentType: 'text/html',
    });
  });
  await viewer.goto('http://render.invalid/');
  await viewer.evaluate(async (pages) => {
    const { getDocument } = await import('http://render.invalid/pdfjs.mjs');
    const data = new Uint8Array(await (await fetch('http://render.invalid/report.pdf')).arrayBuffer());
    const document = await getDocument({ data, isEvalSupported: false }).promise;
    for (const number of pages.map((n) => (n < 0 ? document.numPages + 1 + n : n))) {
      const pdfPage = await document.getPage(number);
      const viewport = pdfPage.getViewport({ scale: 1.5 });
      const canvas = window.document.createElement('canvas');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      canvas.style.boxShadow = '0 2px 8px rgba(0,0,0,.4)';
      window.document.getElementById('pages').append(canvas);
      await pdfPage.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
    }
  }, PAGES);
  writeFileSync(output, await viewer.locator('#pages').screenshot());
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
}
