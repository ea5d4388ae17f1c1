import { createHash } from 'node:crypto';
import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const scan = '可研批复扫描件内容';
const sha = createHash('sha256').update(scan).digest('hex');
const withEvidence = (hash: string) =>
  replaceOnce(
    base,
    'issuer: 太原市发展和改革委员会, issued: 2016-03-01 }',
    `issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: scans/fsr.pdf, sha256: ${hash} } }`,
  );
const wrongHash = withEvidence('ab'.repeat(32));

testRule('evidence-matches', {
  valid: [
    { name: 'the file hashes to the stated SHA-256', text: withEvidence(sha), evidence: { 'scans/fsr.pdf': scan } },
    { name: 'no evidence reader (standard input): not checked', text: withEvidence('ab'.repeat(32)) },
    { name: 'no evidence listed', text: base, evidence: {} },
  ],
  invalid: [
    {
      name: 'the file is another file',
      text: wrongHash,
      evidence: { 'scans/fsr.pdf': '另一份文件' },
      errors: [{ messageId: 'mismatch', ...valuePosition(wrongHash, `sha256: ${'ab'.repeat(32)}`), message: /not the one the dossier states/ }],
    },
    {
      name: 'the file is empty, even when the stated hash is that of no bytes',
      text: withEvidence(createHash('sha256').update('').digest('hex')),
      evidence: { 'scans/fsr.pdf': '' },
      errors: [{ messageId: 'empty', ...valuePosition(withEvidence(sha), 'file: scans/fsr.pdf'), message: /is empty/ }],
    },
    {
      name: 'the file is missing',
      text: withEvidence(sha),
      evidence: {},
      errors: [{ messageId: 'unreadable', ...valuePosition(withEvidence(sha), 'file: scans/fsr.pdf'), message: /cannot be read: the file no longer exists/ }],
    },
  ],
});
