import { BASE_DOSSIER as base, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const FSR = 'issuer: 太原市发展和改革委员会, issued: 2016-03-01 }';
const EIA = 'issuer: 太原市环境保护局, issued: 2016-03-02 }';
const HASH = 'ab'.repeat(32);

/** The feasibility and EIA approvals (two documents of different kinds) with these evidence entries. */
function both(fsr: string, eia: string): string {
  return replaceOnce(replaceOnce(base, FSR, FSR.replace(' }', `, evidence: ${fsr} }`)), EIA, EIA.replace(' }', `, evidence: ${eia} }`));
}
const numberedFsr = replaceOnce(base, FSR, `number: 并发改审批发〔2016〕45号, ${FSR.replace(' }', ', evidence: { file: scans/fsr.pdf } }')}`);
const sameFile = both('{ file: scans/fsr.pdf }', '{ file: scans/fsr.pdf }');
const throughLink = both('{ file: scans/fsr.pdf }', '{ file: scans/copy.pdf }');
const sameStatedHash = both(`{ file: scans/a.pdf, sha256: ${HASH} }`, `{ file: scans/b.pdf, sha256: ${HASH} }`);

testRule('evidence-claimed-once', {
  valid: [
    {
      name: 'each document its own file',
      text: both('{ file: scans/fsr.pdf }', '{ file: scans/eia.pdf }'),
      evidence: { 'scans/fsr.pdf': '%PDF-1', 'scans/eia.pdf': '%PDF-2' },
    },
    {
      name: 'one document listed twice (same kind, same 文号 however bracketed)',
      text: withDocuments(
        numberedFsr,
        '{ id: d-fsr-again, kind: feasibility-approval, number: "并发改审批发[2016]45号", issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: scans/fsr.pdf } }',
      ),
      evidence: { 'scans/fsr.pdf': '%PDF-1' },
    },
    {
      name: 'two empty files (evidence-matches reports each)',
      text: both('{ file: scans/a.pdf }', '{ file: scans/b.pdf }'),
      evidence: { 'scans/a.pdf': '', 'scans/b.pdf': '' },
    },
  ],
  invalid: [
    {
      name: 'two documents of different kinds name the same file',
      text: sameFile,
      evidence: { 'scans/fsr.pdf': '%PDF-1' },
      errors: [
        {
          messageId: 'sameFile',
          ...valuePosition(sameFile, 'file: scans/fsr.pdf', 2),
          message: /the evidence of document d-fsr \(feasibility-study approval\).*one file is claimed as two different documents/,
        },
      ],
    },
    {
      name: 'two paths with the same content (a copy, or a link to the same file)',
      text: throughLink,
      evidence: { 'scans/fsr.pdf': '%PDF-1', 'scans/copy.pdf': '%PDF-1' },
      errors: [{ messageId: 'sameFile', ...valuePosition(throughLink, 'file: scans/copy.pdf') }],
    },
    {
      name: 'the same SHA-256 stated for two documents whose files cannot be read (standard input)',
      text: sameStatedHash,
      errors: [{ messageId: 'sameHash', ...valuePosition(sameStatedHash, `sha256: ${HASH}`, 2) }],
    },
  ],
});
