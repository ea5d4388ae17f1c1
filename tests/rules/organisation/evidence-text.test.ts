import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const FSR = 'issuer: 太原市发展和改革委员会, issued: 2016-03-01 }';
const numbered = (number: string) => replaceOnce(base, FSR, `number: ${number}, ${FSR.replace(' }', ', evidence: { file: scans/fsr.pdf } }')}`);
const TEXT = '太原市发展和改革委员会文件\n并发改审批发 [2016] 45号\n关于可行性研究报告的批复\n太原市发展和改革\n委员会';
const pdf = (text: string | null) => ({ 'scans/fsr.pdf': { bytes: '%PDF-1.7\n', text } });
const declared = numbered('并发改审批发〔2016〕45号');
const otherNumber = numbered('并发改审批发〔2016〕54号');

testRule('evidence-text', {
  valid: [
    { name: 'the 文号 (bracketed otherwise, spaced) and the issuer (across a line break) are in the text', text: declared, evidence: pdf(TEXT) },
    { name: 'full-width brackets and digits in the text', text: declared, evidence: pdf('太原市发展和改革委员会 并发改审批发［２０１６］４５号') },
    { name: 'no text read (the synchronous API): nothing to say', text: declared, evidence: { 'scans/fsr.pdf': '%PDF-1.7\n' } },
    { name: 'not a PDF', text: declared, evidence: { 'scans/fsr.pdf': 'plain text' } },
    {
      name: 'no 文号 declared: only the issuer is compared',
      text: replaceOnce(base, FSR, FSR.replace(' }', ', evidence: { file: scans/fsr.pdf } }')),
      evidence: pdf('太原市发展和改革委员会'),
    },
  ],
  invalid: [
    {
      name: 'the text names another 文号',
      text: otherNumber,
      evidence: pdf(TEXT),
      errors: [
        {
          messageId: 'numberMissing',
          ...valuePosition(otherNumber, 'number: 并发改审批发〔2016〕54号'),
          message: /does not contain the 文号 并发改审批发〔2016〕54号 .*\(1 of 1 pages read\)/,
        },
      ],
    },
    {
      name: 'the text names another issuer',
      text: declared,
      evidence: pdf('太原市规划局\n并发改审批发〔2016〕45号'),
      errors: [{ messageId: 'issuerMissing', ...valuePosition(declared, 'issuer: 太原市发展和改革委员会') }],
    },
    {
      name: 'a scan without text: information, not a failure',
      text: declared,
      evidence: pdf(null),
      errors: [
        {
          messageId: 'unverifiable',
          ...valuePosition(declared, 'file: scans/fsr.pdf'),
          message: /cannot be verified from the file itself: the file has no text layer \(as a scan\)\. This is not a failure/,
        },
      ],
    },
  ],
});
