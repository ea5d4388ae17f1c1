// Makes the evidence PDFs of fixtures/evidence/scans/ once, with Chromium's own PDF writer, so the fixtures are
// real PDFs a real reader parses: two with a text layer (one naming the declared 文号, one naming another) and one
// that is only a picture of a page, as a scan is. The PDFs are committed; run this again only to change them, then
// update the SHA-256 the fixture dossiers declare (`sha256sum fixtures/evidence/scans/*.pdf`).
//
// Usage: node scripts/make-evidence-pdfs.js [path-to-chromium]   (default: /usr/bin/chromium)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = fileURLToPath(new URL('../fixtures/evidence/scans/', import.meta.url));
const executablePath = process.argv[2] ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** An approval as a county office prints it: the issuer's red heading, the 文号, the title, the body, the seal line. */
function approval(number) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { font-family: 'WenQuanYi Zen Hei', sans-serif; margin: 48px 64px; font-size: 16px; line-height: 1.8; }
  .red { color: #c00; font-size: 30px; text-align: center; letter-spacing: 2px; }
  .number { text-align: center; margin: 8px 0 24px; }
  h1 { font-size: 22px; text-align: center; }
  .seal { text-align: right; margin-top: 48px; }
</style></head><body>
  <div class="red">太原市发展和改革委员会文件</div>
  <div class="number">${number}</div>
  <hr style="border: 1px solid #c00">
  <h1>关于郝庄片区配套道路及管网工程可行性研究报告的批复</h1>
  <p>太原市迎泽区城市建设投资有限公司：</p>
  <p>你公司报来的郝庄片区配套道路及管网工程可行性研究报告收悉。经研究，原则同意该项目可行性研究报告。</p>
  <div class="seal">太原市发展和改革委员会<br>2016年4月6日</div>
</body></html>`;
}

const browser = await chromium.launch({ executablePath, args: FLAGS });
try {
  mkdirSync(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  // Written with square brackets and a space, as text layers often have it: normalised, it is the declared 〔2016〕.
  await page.setContent(approval('并发改审批发 [2016] 45号'));
  writeFileSync(`${out}fsr-with-number.pdf`, await page.pdf({ format: 'A4' }));
  await page.setContent(approval('并发改审批发〔2016〕54号'));
  writeFileSync(`${out}fsr-other-number.pdf`, await page.pdf({ format: 'A4' }));
  // A scan: the page as a picture, and a PDF holding only that picture, so it has no text layer at all.
  await page.setContent(approval('并发改审批发〔2016〕45号'));
  const picture = await page.screenshot({ type: 'jpeg', quality: 40 });
  await page.setContent(
    `<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/jpeg;base64,${picture.toString('base64')}"></body></html>`,
  );
  writeFileSync(`${out}fsr-scan.pdf`, await page.pdf({ format: 'A4', printBackground: true, pageRanges: '1' }));
} finally {
  await browser.close();
}
