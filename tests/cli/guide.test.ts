import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_PATH, GUIDE_TEMPLATE_PATH, type GuideRun, guideEnvironment, renderGuide } from '../../src/docs/guide.js';
import { ROOT, runCli } from '../support/run-cli.js';

const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

describe('the credit officer’s guide, docs/guide.zh.md', () => {
  // The commands run once, as `npm run generate` runs them: the built executable from the repository root.
  const runs: { args: readonly string[]; run: GuideRun }[] = [];
  const rendered = renderGuide(
    read(GUIDE_TEMPLATE_PATH),
    (args) => {
      const run = runCli(args, { env: guideEnvironment(process.env.PATH ?? '') });
      runs.push({ args, run });
      return run;
    },
    read,
  );

  it('is the template with the real output of its commands, up to date (run `npm run generate`)', () => {
    expect(read(GUIDE_PATH)).toBe(rendered);
  });

  it('runs commands that work: each checks or explains, none is a usage error', () => {
    expect(runs.length).toBeGreaterThanOrEqual(10);
    for (const { args, run } of runs) {
      expect([0, 1], args.join(' ')).toContain(run.code);
      expect(run.stdout, args.join(' ')).not.toBe('');
    }
  });

  it('judges as of a fixed date in Chinese, so it is the same whenever it is generated', () => {
    for (const { args } of runs.filter(({ args }) => args[0] === 'check')) {
      expect(args, args.join(' ')).toContain('--as-of');
      expect(args.join(' ')).toMatch(/--lang zh/);
    }
  });

  it('shows no path of the machine it was generated on', () => {
    expect(rendered).not.toContain(ROOT);
    expect(rendered).not.toContain(ROOT.replace(/\/$/, ''));
    expect(rendered).not.toMatch(/(^|[\s"'(])\/(home|work|tmp|Users|root)\//m);
  });

  it('shows each of what a credit officer meets: the verdicts, the checklist, the three severities, a waiver, an evidence check', () => {
    for (const text of ['不通过', '通过', '✓', '✗', '错误', '警告', '提示', '已豁免', '未使用的豁免', 'evidence-matches', '审查方配置']) {
      expect(rendered).toContain(text);
    }
  });
});
