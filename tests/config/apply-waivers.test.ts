import { describe, expect, it } from 'vitest';
import { applyWaivers, WAIVER_EXPIRED_RULE_ID, WaiverRun } from '../../src/config/apply-waivers.js';
import type { Waiver } from '../../src/config/waivers.js';
import type { DossierResult, Finding } from '../../src/engine/types.js';

const finding = (ruleId: string, path: string, severity: Finding['severity'] = 'error', checklistItems?: string[]): Finding => ({
  ruleId,
  messageId: 'm',
  severity,
  message: { zh: '问题', en: 'problem' },
  file: 'd.yaml',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 5,
  path,
  ...(checklistItems ? { checklistItems } : {}),
});

const result = (findings: Finding[], projectId = 'P-1'): DossierResult => ({
  file: 'd.yaml',
  verdict: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass',
  project: { id: projectId, name: '项目' },
  evaluated: true,
  checklist: [{ key: 'c:eia', clause: 'N-4.4', label: { zh: '环评', en: 'EIA' }, status: 'fail', line: 3, column: 1, path: 'components[0]' }],
  findings,
});

const waiver = (overrides: Partial<Waiver> = {}): Waiver => ({
  rule: 'four-approvals',
  project: 'P-1',
  reason: '纸质原件已核验',
  approver: '王敏',
  expires: '2017-06-30',
  file: 'waivers.yaml',
  line: 4,
  ...overrides,
});

describe('applyWaivers', () => {
  it('marks a covered finding with its waiver, and the dossier passes when no unwaived error is left', () => {
    const applied = applyWaivers(result([finding('four-approvals', 'components[0].approvals', 'error', ['c:eia'])]), [waiver()], '2016-12-31');
    expect(applied.verdict).toBe('pass');
    expect(applied.findings[0]!.waiver).toEqual({ reason: '纸质原件已核验', approver: '王敏', expires: '2017-06-30', file: 'waivers.yaml', line: 4 });
    expect(applied.checklist[0]!.status).toBe('waived');
  });

  it('covers the waiver’s path and what lies below it, not a sibling', () => {
    const findings = [
      finding('four-approvals', 'components[0].approvals'),
      finding('four-approvals', 'components[0]'),
      finding('four-approvals', 'components[1]'),
    ];
    const applied = applyWaivers(result(findings), [waiver({ path: 'components[0]' })], '2016-12-31');
    expect(applied.findings.map((f) => f.waiver !== undefined)).toEqual([true, true, false]);
    expect(applied.verdict).toBe('fail');
  });

  it('applies through its last day, and after it yields an error at the waiver’s line instead', () => {
    const dossier = result([finding('four-approvals', 'components[0]')]);
    expect(applyWaivers(dossier, [waiver()], '2017-06-30').verdict).toBe('pass');
    const expired = applyWaivers(dossier, [waiver()], '2017-07-01');
    expect(expired.verdict).toBe('fail');
    expect(expired.findings[0]!.waiver).toBeUndefined();
    const own = expired.findings.find((f) => f.ruleId === WAIVER_EXPIRED_RULE_ID);
    expect(own).toMatchObject({ severity: 'error', file: 'waivers.yaml', line: 4, path: '' });
    expect(own?.message.en).toContain('until 2017-06-30, before the as-of date 2017-07-01');
    expect(own?.message.zh).toContain('豁免已过期');
  });

  it('leaves another dossier’s findings alone, and another rule’s', () => {
    const other = applyWaivers(result([finding('four-approvals', 'components[0]')], 'P-2'), [waiver()], '2016-12-31');
    expect(other.findings[0]!.waiver).toBeUndefined();
    const otherRule = applyWaivers(result([finding('purchase-scope', 'agreements[0]')]), [waiver()], '2016-12-31');
    expect(otherRule.findings[0]!.waiver).toBeUndefined();
  });

  it('does not change a result it does not touch', () => {
    const dossier = result([finding('four-approvals', 'components[0]')], 'P-2');
    expect(applyWaivers(dossier, [waiver()], '2016-12-31')).toBe(dossier);
  });
});

describe('a run of waivers', () => {
  it('names the waivers that covered nothing, and not those that covered or expired', () => {
    const covering = waiver({ line: 4 });
    const expired = waiver({ line: 11, rule: 'purchase-scope', expires: '2016-01-01' });
    const unused = waiver({ line: 18, project: 'P-9', path: 'loan' });
    const run = new WaiverRun([covering, expired, unused], '2016-12-31');
    run.apply(result([finding('four-approvals', 'components[0]')]));
    expect(run.unused()).toEqual([{ rule: 'four-approvals', project: 'P-9', path: 'loan', file: 'waivers.yaml', line: 18 }]);
  });
});
