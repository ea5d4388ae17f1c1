import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFingerprint } from '../../src/engine/audit.js';
import { checkSources, type SourceInput } from '../../src/engine/check.js';
import type { DossierResult, Finding, Report } from '../../src/engine/types.js';
import { citation } from '../../src/notice/clauses.js';
import type { FormatContext } from '../../src/report/format-context.js';
import { formatHtml, streamHtml } from '../../src/report/html.js';
import { escapeHtml } from '../../src/report/html/markup.js';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { ROOT } from '../support/run-cli.js';

const FIXTURES = 'fixtures/dossiers';
const AS_OF = '2016-12-31';
const context = (lang: 'zh' | 'en'): FormatContext => ({ lang, color: undefined as never, verbose: false });

function fixtureInputs(): SourceInput[] {
  return readdirSync(join(ROOT, FIXTURES))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ file: `${FIXTURES}/${name}`, bytes: readFileSync(join(ROOT, FIXTURES, name)) }));
}

const FIXTURE_REPORT = checkSources(fixtureInputs(), { asOf: AS_OF });

/** The HTML of one dossier's section, found by the anchor the report gives the n-th dossier, without the line-break hints. */
function section(page: string, n: number): string {
  const start = page.indexOf(`<section class="dossier" id="dossier-${n}">`);
  expect(start, `section ${n}`).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf('</section>', start)).replaceAll('<wbr>', '');
}

/** Every tag name in the page: a value that escaped its escaping would add one (`script`, `img`, …). */
function tagNames(page: string): Set<string> {
  return new Set([...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1]!.toLowerCase()));
}

const REPORT_TAGS = new Set(
  'html head meta title style body header h1 h2 h3 p nav a main section dl dt dd span code table colgroup col thead tbody tr th td div br wbr footer'.split(
    ' ',
  ),
);

describe('the HTML report', () => {
  const page = formatHtml(FIXTURE_REPORT, context('en'));

  it('is one self-contained document: no script, no external resource, a policy that forbids fetching anything', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;`);
    expect([...tagNames(page)].filter((tag) => !REPORT_TAGS.has(tag))).toEqual([]);
    expect(page).not.toMatch(/\b(src|srcset|action|formaction)=|url\(|@import|https?:\/\//i);
    // The only links are to the report's own sections and findings.
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#(dossier-\d+(-f\d+)?|report-end)$/);
  });

  it('is set in the report language, prints on A4, and names system CJK fonts before the generic family', () => {
    expect(formatHtml(FIXTURE_REPORT, context('zh'))).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toMatch(/@page \{\s*size: A4;/);
    expect(page).toMatch(/font-family: [^;]*"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif;/);
    expect(page).toMatch(/\.dossier \+ \.dossier, \.report-end \{ break-before: page; \}/);
  });

  it('shows each dossier in order: verdict, project, file, SHA-256, as-of date, tool version', () => {
    expect(FIXTURE_REPORT.dossiers.length).toBeGreaterThan(1);
    FIXTURE_REPORT.dossiers.forEach((dossier, index) => {
      const html = section(page, index + 1);
      expect(html).toContain(`<span class="verdict ${dossier.verdict}">${dossier.verdict === 'pass' ? '✓ PASS' : '✗ FAIL'}</span>`);
      if (dossier.project) expect(html).toContain(`<span class="project-id">${escapeHtml(dossier.project.id)}</span>`);
      if (dossier.project) expect(html).toContain(escapeHtml(dossier.project.name));
      expect(html).toContain(`<dd><code>${escapeHtml(dossier.file)}</code></dd>`);
      expect(html).toContain(`<dd><code>${dossier.sha256}</code></dd>`);
      expect(html).toContain(`<dd>${AS_OF}</dd>`);
      expect(html).toContain('<dd>dossier-check 0.1.0</dd>');
    });
  });

  it('lists the loan-condition checklist with each item’s status, basis and position', () => {
    const withChecklist = FIXTURE_REPORT.dossiers.findIndex((dossier) => dossier.checklist.some((item) => item.status === 'fail'));
    const dossier = FIXTURE_REPORT.dossiers[withChecklist]!;
    const html = section(page, withChecklist + 1);
    expect(html).toContain(`<h3>Loan conditions <span class="small">${citation('N-4.4')}</span></h3>`);
    for (const item of dossier.checklist) {
      const status = { pass: '✓ met', fail: '✗ not met', 'not-required': '– not required by law', waived: '○ waived' }[item.status];
      expect(html).toContain(`<tr class="${item.status}"><td><span class="label">${escapeHtml(item.label.en)}</span>`);
      expect(html).toMatch(
        new RegExp(
          `${escapeRegExp(escapeHtml(item.label.en))}.*?<td class="status ${item.status}">${status}.*?<code class="where">${item.line}:${item.column}</code>`,
        ),
      );
    }
    // A failed item points at the finding that fails it.
    const failed = dossier.checklist.find((item) => item.status === 'fail')!;
    const finding = dossier.findings.findIndex((f) => f.checklistItems?.includes(failed.key));
    expect(html).toContain(`<a href="#dossier-${withChecklist + 1}-f${finding + 1}">→ see finding ${finding + 1}</a>`);
  });

  it('shows a not-required approval with the basis the dossier gives', () => {
    const index = FIXTURE_REPORT.dossiers.findIndex((dossier) => dossier.checklist.some((item) => item.status === 'not-required'));
    const item = FIXTURE_REPORT.dossiers[index]!.checklist.find((i) => i.status === 'not-required')!;
    expect(item.basis).toBeTruthy();
    expect(section(page, index + 1)).toContain(
      `<div class="basis">Basis: ${escapeHtml(item.basis!)}</div></td><td class="status not-required">– not required by law`,
    );
  });

  it('lists every finding with severity, rule id, message, clause citation, file:line:col and data path', () => {
    let seen = 0;
    FIXTURE_REPORT.dossiers.forEach((dossier, index) => {
      const html = section(page, index + 1);
      dossier.findings.forEach((finding, n) => {
        seen++;
        expect(html).toContain(
          `<tr id="dossier-${index + 1}-f${n + 1}" class="${finding.severity}"><td class="n">${n + 1}</td><td class="severity ${finding.severity}">${finding.severity}</td>`,
        );
        expect(html).toContain(`<div class="message">${escapeHtml(finding.message.en)}</div>`);
        expect(html).toContain(`<code class="rule">${finding.ruleId}</code> · ${finding.clause ? citation(finding.clause.id) : 'dossier-check input check'}`);
        expect(html).toContain(`<code class="where">${escapeHtml(finding.file)}:${finding.line}:${finding.column}</code>`);
        if (finding.path) expect(html).toContain(`<code>${escapeHtml(finding.path)}</code>`);
      });
      if (dossier.findings.length === 0) expect(html).toContain('No findings.');
    });
    expect(seen).toBeGreaterThan(5);
  });

  it('ends with the summary, an index linking every dossier, the skipped files and the parameters in force', () => {
    const end = page.slice(page.indexOf('<footer class="report-end" id="report-end">'));
    const { dossiers } = FIXTURE_REPORT;
    const passed = dossiers.filter((d) => d.verdict === 'pass').length;
    expect(end).toContain(`${dossiers.length} dossiers checked as of ${AS_OF}: ${passed} passed, ${dossiers.length - passed} failed;`);
    const rows = [
      ...end.matchAll(/<tr><td class="n">(\d+)<\/td><td><span class="verdict (pass|fail)">.*?<a href="#(dossier-\d+)"><code>([^<]*)<\/code><\/a>/g),
    ];
    expect(rows.map((row) => [row[2], row[3], row[4]])).toEqual(dossiers.map((d, i) => [d.verdict, `dossier-${i + 1}`, escapeHtml(d.file)]));
    expect(end).toContain(`<td><code>${FIXTURES}/not-a-dossier.yaml</code></td>`);
    for (const parameter of FIXTURE_REPORT.parameters) expect(end).toContain(`<tr><td>${escapeHtml(parameter.label.en)}</td>`);
  });

  it('ends with the audit fingerprint and what it covers, so a printed copy can be tied to the files checked', () => {
    const end = page.slice(page.indexOf('<footer class="report-end" id="report-end">'));
    const audit = FIXTURE_REPORT.audit!;
    expect(end).toContain(`<tr><th>Fingerprint</th><td><code>${auditFingerprint(audit, FIXTURE_REPORT.dossiers)}</code></td></tr>`);
    expect(end).toContain(`<tr><th>Rule catalogue</th><td><code>${audit.catalogue}</code></td></tr>`);
    expect(end).toContain(`<tr><th>Tool</th><td><code>${audit.tool.name} ${audit.tool.version}</code></td></tr>`);
  });

  it('has no index for a single dossier', () => {
    const one: Report = { ...FIXTURE_REPORT, dossiers: FIXTURE_REPORT.dossiers.slice(0, 1), skipped: [] };
    const single = formatHtml(one, context('zh'));
    expect(single).not.toContain('<table class="index">');
    expect(single).toContain('共检查 1 份资料');
  });

  it('is streamed: the pieces of the writer are the whole report', () => {
    const writer = streamHtml(context('en'));
    let streamed = writer.begin(FIXTURE_REPORT);
    expect(streamed).not.toContain('<section');
    for (const dossier of FIXTURE_REPORT.dossiers) {
      const piece = writer.dossier(dossier);
      expect(piece.match(/<section /g)).toHaveLength(1);
      streamed += piece;
    }
    const summary = {
      dossiers: FIXTURE_REPORT.dossiers.length,
      passed: 0,
      failed: 0,
      errors: 0,
      warnings: 0,
      information: 0,
      waived: 0,
      skipped: FIXTURE_REPORT.skipped.length,
    };
    const fingerprint = auditFingerprint(FIXTURE_REPORT.audit!, FIXTURE_REPORT.dossiers);
    streamed += writer.end({ summary, skipped: FIXTURE_REPORT.skipped, fingerprint });
    expect(streamed.replace(/<p class="summary">.*?<\/p>/, '')).toBe(formatHtml(FIXTURE_REPORT, context('en')).replace(/<p class="summary">.*?<\/p>/, ''));
  });

  it('in Chinese, words the verdicts and statuses in Chinese', () => {
    const zh = formatHtml(FIXTURE_REPORT, context('zh'));
    expect(zh).toContain('<span class="verdict fail">✗ 不通过</span>');
    expect(zh).toContain('<span class="verdict pass">✓ 通过</span>');
    expect(zh).toContain('✓ 已满足');
    expect(zh).toContain('<h3>贷款发放条件 ');
  });
});

describe('waived findings', () => {
  const failing = FIXTURE_REPORT.dossiers.find((dossier) => dossier.findings.length === 1 && dossier.findings[0]!.checklistItems?.length)!;
  const waived: Finding = {
    ...failing.findings[0]!,
    waiver: { reason: '补充材料已于2017-01-05提交', approver: '王审批 <credit@bank>', expires: '2017-03-31', file: 'waivers.yaml', line: 4 },
  };
  // The engine gives a dossier whose every failing finding is waived the verdict pass.
  const result: DossierResult = { ...failing, verdict: 'pass', findings: [waived] };
  const html = formatHtml({ ...FIXTURE_REPORT, dossiers: [result] }, context('en'));

  it('shows the finding as waived, with the reason, approver, expiry and where the waiver is written', () => {
    expect(html).toContain(`<tr id="dossier-1-f1" class="waived"><td class="n">1</td><td class="severity waived">waived<div class="small">(error)</div></td>`);
    expect(html).toContain(
      '<div class="waiver">Reason: 补充材料已于2017-01-05提交<br>Approved by: 王审批 &lt;credit@bank&gt; · Expires: 2017-03-31 · Recorded in: <code>waivers.yaml:4</code></div>',
    );
    expect(html).toContain('Waived findings do not count against the verdict.');
  });

  it('does not count it as failing: not in the counts, and no checklist item points at it', () => {
    expect(html).toContain('<dd>errors 0 · warnings 0 · waived 1</dd>');
    expect(html).not.toContain('see finding');
    expect(html).toContain('<span class="verdict pass">✓ PASS</span>');
  });
});

describe('dossier values are hostile', () => {
  const SCRIPT = '<script>window.pwned = 1</script>';
  const ATTRIBUTE = `x" onmouseover="window.pwned = 2" '><img src=x onerror=alert(1)>`;
  const hostile = replaceOnce(
    replaceOnce(
      BASE_DOSSIER,
      '  id: TEST-001\n  name: 测试棚户区改造项目\n',
      `  id: '${ATTRIBUTE.replaceAll("'", "''")}'\n  name: "javascript:alert(1) ${SCRIPT} \\u202eRTL"\n`,
    ),
    'number: 晋建保字〔2016〕8号',
    `number: "${SCRIPT}"`,
  );
  const report = checkSources([{ file: `dossiers/${ATTRIBUTE}.yaml`, bytes: new TextEncoder().encode(hostile) }], { asOf: AS_OF });
  const page = formatHtml(report, context('en'));

  it('the dossier is read, and its values reach the report (the test is not vacuous)', () => {
    expect(report.dossiers[0]!.project?.name).toContain(SCRIPT);
    expect(report.dossiers[0]!.findings.some((finding) => finding.message.en.includes(SCRIPT))).toBe(true);
    expect(page).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(page).toContain('x&quot; onmouseover=&quot;window.pwned = 2&quot; &#39;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('no value becomes a tag, an attribute or a link', () => {
    expect([...tagNames(page)].filter((tag) => !REPORT_TAGS.has(tag))).toEqual([]);
    expect(page).not.toMatch(/<[^>]*\s(onmouseover|onerror|src)=/i);
    expect(page).not.toMatch(/href="javascript:/i);
    for (const [, attribute] of page.matchAll(/\s(?:id|href|class|title)="([^"]*)"/g)) expect(attribute).not.toMatch(/[<>']/);
  });

  it('a bidirectional override is shown, not obeyed', () => {
    expect(page).toContain('\\u202eRTL');
    expect(page).not.toContain('\u202e');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
