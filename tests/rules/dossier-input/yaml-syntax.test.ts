import { describe, expect, it } from 'vitest';
import { MAX_ALIAS_COUNT } from '../../../src/engine/load.js';
import { brief, checkText as check } from '../../support/check-text.js';
import { BASE_DOSSIER as base, positionOf, replaceOnce } from '../../support/dossier-text.js';

describe('YAML problems become findings with positions', () => {
  it('reports a duplicate key at the second occurrence', () => {
    const text = replaceOnce(base, '  city: 太原市\n', '  city: 太原市\n  city: 晋中市\n');
    expect(brief(check(text))).toEqual([{ ruleId: 'yaml-syntax', messageId: 'duplicateKey', ...positionOf(text, 'city', 2) }]);
  });

  it('reports the first syntax error at its position, not the cascade after it', () => {
    const text = replaceOnce(base, '  county: 小店区\n', ' county: 小店区\n');
    const findings = brief(check(text));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'yaml-syntax', messageId: 'syntax', line: positionOf(text, ' county').line });
  });

  it('refuses alias bombs without expanding them', () => {
    const lines = ['dossierFormat: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    const text = `${lines.join('\n')}\n`;
    const findings = brief(check(text));
    expect(findings).toEqual([{ ruleId: 'yaml-syntax', messageId: 'aliasAbuse', ...positionOf(text, '*a') }]);
    expect(check(text).findings[0]?.message.en).toContain(String(MAX_ALIAS_COUNT));
  });

  it('reports a second YAML document', () => {
    const text = `${base}---\ndossierFormat: 1\n`;
    expect(brief(check(text))).toEqual([{ ruleId: 'yaml-syntax', messageId: 'multipleDocuments', ...positionOf(text, '---') }]);
  });
});
