import { afterEach, describe, expect, it } from 'vitest';
import { parametersInForce } from '../../src/notice/parameters.js';
import { parametersLine } from '../../src/report/parameters-line.js';
import { runInProcess } from '../support/in-process-cli.js';
import { dossierWithDownPayment, LOCAL_FLOOR_CONFIG, workspace } from '../support/reviewer-folders.js';

// The one line of parameters a text report gives by default: a value the reviewer's configuration sets must read as
// the reviewer's, never as the notice's, even there.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function reviewerAndDossiers(config: string) {
  const space = workspace({ 'reviewer/dossier-check.config.yaml': config, 'dossiers/d.yaml': dossierWithDownPayment(20) });
  cleanup = space.remove;
  return space;
}

const parametersLineOf = (stdout: string) => stdout.split('\n').find((line) => /^(Parameters as of|基准日 .* 的参数)/.test(line));

describe('the one-line parameters summary', () => {
  it('marks nothing when no configuration sets a value', () => {
    const line = parametersLine('en', '2016-12-31', parametersInForce('2016-12-31'));
    expect(line).toMatch(/down payment 25%, capital 20%/);
    expect(line).not.toContain('configured');
  });

  it.each([
    ['en', 'down payment 20% (configured), capital 20%,'],
    ['zh', '首付 20%（审查方配置），资本金 20%，'],
  ] as const)('marks a configured value as the configuration’s (%s)', async (lang, expected) => {
    const space = reviewerAndDossiers(LOCAL_FLOOR_CONFIG);
    const run = await runInProcess(['check', space.path('dossiers'), '--as-of', '2016-12-31', '--lang', lang], { cwd: space.path('reviewer') });
    expect(parametersLineOf(run.stdout)).toContain(expected);
  });

  it('marks only the value the configuration sets: before its date the notice’s value applies, unmarked', async () => {
    const space = reviewerAndDossiers(LOCAL_FLOOR_CONFIG);
    // The configured floor takes effect on 2016-03-01; on 2016-02-15 the national 25% applies.
    const run = await runInProcess(['check', space.path('dossiers'), '--as-of', '2016-02-15', '--lang', 'en'], { cwd: space.path('reviewer') });
    const line = parametersLineOf(run.stdout);
    expect(line).toContain('down payment 25%,');
    expect(line).not.toContain('configured');
  });
});
