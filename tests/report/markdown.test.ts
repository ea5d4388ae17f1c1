import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/engine/summary.js';
import type { Report } from '../../src/engine/types.js';
import { COMMENT_LIMIT, formatMarkdown, streamMarkdown } from '../../src/report/markdown.js';
import { dossierOf, fixtureReport, formatContext, withFinding } from '../support/fixture-report.js';

/** The `<details>` blocks of a report, each as its text. */
function detailsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/<details>\n([\s\S]*?)\n<\/details>/g)].map((match) => match[1]!);
}

/** Table rows (lines that begin and end with a pipe), as their cells: split at the pipes a renderer splits at. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && line.endsWith(' |'))
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('the Markdown report', () => {
  const report = fixtureReport();
  const en = formatMarkdown(report, formatContext('en'));

  it('opens with a summary table whose counts are the run', () => {
    const s = summarize(report);
    const rows = tableRows(en);
    expect(rows[0]).toEqual(['Dossiers', 'Passed', 'Failed', 'Errors', 'Warnings', 'Skipped files']);
    expect(rows[2]).toEqual([s.dossiers, s.passed, s.failed, s.errors, s.warnings, s.skipped].map(String));
    expect(en.indexOf('| Dossiers |')).toBeLessThan(en.indexOf('<details>'));
  });

  it('folds each failing dossier with its failed loan conditions and its findings', () => {
    const failing = report.dossiers.filter((dossier) => dossier.verdict === 'fail');
    const blocks = detailsBlocks(en).filter((block) => !block.includes('Parameters in force'));
    expect(blocks).toHaveLength(failing.length);
    const block = blocks.find((b) => b.includes('fail-approval-after-application.yaml'))!;
    expect(block).toMatch(/^<summary><code>fixtures\/dossiers\/fail-approval-after-application\.yaml<\/code> — <code>DT-PC-2016-011 /);
    expect(block).toContain('**Loan conditions not met**');
    expect(block).toContain('- ✗ 御河西安置小区（1—12号楼）\\: environmental\\-impact approval');
    const [finding] = tableRows(block).slice(2);
    expect(finding).toEqual([
      'error',
      'documents\\-dated\\-before\\-loan',
      expect.stringContaining('The environmental\\-impact approval &quot;doc\\-eia\\-housing&quot;') as unknown as string,
      'N\\-4\\.4 · 晋政办发〔2015〕122号 四\\(四\\)',
      'fixtures\\/dossiers\\/fail\\-approval\\-after\\-application\\.yaml\\:148\\:13',
    ]);
  });

  it('lists the passing dossiers in one line, with their warnings counted', () => {
    const passing = report.dossiers.filter((dossier) => dossier.verdict === 'pass');
    const line = en.split('\n')[en.split('\n').indexOf(`### ✅ Passing dossiers (${passing.length})`) + 2]!;
    expect(line.split(', ')).toHaveLength(passing.length);
    expect(line).toContain('warn\\-adbc\\-outside\\-scope\\.yaml (1 warning)');
  });

  it('folds the parameters in force', () => {
    const block = detailsBlocks(en).find((b) => b.startsWith('<summary>Parameters in force'))!;
    expect(block).toContain('<summary>Parameters in force (As of 2016-12-31)</summary>');
    expect(tableRows(block).length).toBe(report.parameters.length + 2);
  });

  it('speaks Chinese with --lang zh', () => {
    const zh = formatMarkdown(report, formatContext('zh'));
    expect(zh).toContain('## dossier-check 检查报告');
    expect(zh).toContain('| 资料 | 通过 | 不通过 | 错误 | 警告 | 跳过的文件 |');
    expect(zh).toContain('**未满足的贷款发放条件**');
    expect(zh).toContain('<summary>适用的参数');
  });

  it('keeps hostile dossier values inert: no HTML, no link, no broken table, no mention', () => {
    const file = dossierOf(report, 'fail-approval-after-application.yaml').file;
    const hostile = 'a | b `code` <script>alert(1)</script> [x](javascript:alert(1)) https://evil.example www.evil.example @octocat **bold**\nnext line';
    let changed: Report = withFinding(report, file, 0, (finding) => ({ ...finding, message: { zh: hostile, en: hostile } }));
    changed = {
      ...changed,
      dossiers: changed.dossiers.map((dossier) =>
        dossier.file === file ? { ...dossier, file: '<img src=x onerror=alert(1)>|`.yaml', project: { id: '</summary><script>', name: hostile } } : dossier,
      ),
    };
    const markdown = formatMarkdown(changed, formatContext('en'));
    expect(markdown).not.toMatch(/<script|<img|<\/summary><|@octocat/);
    // Outside the `<code>` of a summary line, which is HTML, nothing Markdown would read as a link or markup.
    const outsideCode = markdown.replace(/<code>.*?<\/code>/g, '');
    expect(outsideCode).not.toMatch(/\]\(javascript:|https:\/\/evil|www\.evil|\*\*bold|`code`/);
    const block = detailsBlocks(markdown).find((b) => b.includes('onerror'))!;
    expect(block.split('\n')[0]).toBe(
      '<summary><code>&lt;img src=x onerror=alert(1)&gt;|`.yaml</code> — <code>&lt;/summary&gt;&lt;script&gt; ' +
        'a | b `code` &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) https://evil.example www.evil.example @&#8203;octocat **bold**\\nnext line' +
        '</code> · 1 error, 0 warnings</summary>',
    );
    // The finding's row keeps its five cells: the pipe and the line break do not split it.
    const rows = tableRows(block);
    expect(rows.slice(2).every((row) => row.length === 5)).toBe(true);
    expect(rows[2]![2]).toBe(
      'a \\| b \\`code\\` &lt;script&gt;alert\\(1\\)&lt;\\/script&gt; \\[x\\]\\(javascript\\:alert\\(1\\)\\) https\\:\\/\\/evil\\.example www\\.evil\\.example @&#8203;octocat \\*\\*bold\\*\\*\\\\nnext line',
    );
  });

  it('stays within the size of a comment, and says how many dossiers it left out', () => {
    const many: Report = {
      ...report,
      dossiers: Array.from({ length: 80 }, (_, i) => report.dossiers.map((dossier) => ({ ...dossier, file: `batch-${i}/${dossier.file}` }))).flat(),
    };
    const markdown = formatMarkdown(many, formatContext('en'));
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shownFailing = detailsBlocks(markdown).filter((block) => !block.includes('Parameters in force')).length;
    const failing = many.dossiers.filter((dossier) => dossier.verdict === 'fail').length;
    const omitted = /_Too long to show in full: (\d+) more failing and (\d+) more passing dossiers are not listed/.exec(markdown);
    expect(omitted).not.toBeNull();
    expect(shownFailing + Number(omitted![1])).toBe(failing);
    // The summary still counts every dossier.
    expect(tableRows(markdown)[2]![0]).toBe(String(many.dossiers.length));
  });

  it('streams to the same text as the whole report', () => {
    const writer = streamMarkdown(formatContext('en'));
    let text = writer.begin(report);
    for (const dossier of report.dossiers) text += writer.dossier(dossier);
    text += writer.end({ summary: summarize(report), skipped: report.skipped });
    expect(text).toBe(en);
  });
});
