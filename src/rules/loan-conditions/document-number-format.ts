import { defineRule } from '../define-rule.js';

/** Reprints write `[ ]`, `［］` or `( )` for 〔〕; normalise before matching. */
export function normaliseDocumentNumber(number: string): string {
  return number
    .trim()
    .replace(/[[［(（]\s*(\d{4})\s*[\]］)）]/, '〔$1〕')
    .replace(/\s+/g, '');
}

/** issuer code + 〔year〕 + serial + 号, e.g. 晋政办发〔2015〕122号. */
const DOCUMENT_NUMBER = /^(\D.*?)〔(\d{4})〕(第)?(\d+)号$/;

export function parseDocumentNumber(number: string): { code: string; year: number; serial: number } | undefined {
  const match = DOCUMENT_NUMBER.exec(normaliseDocumentNumber(number));
  if (!match) return undefined;
  return { code: match[1]!, year: Number(match[2]), serial: Number(match[4]) };
}

export const documentNumberFormat = defineRule({
  meta: {
    id: 'document-number-format',
    severity: 'warning',
    clause: 'N-4.4',
    rests: {
      quote: '棚户区配套基础设施和安置房建设部分，将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件',
      modal: '作为…条件',
      reading: {
        zh: '通知没有关于文号的规定。文号的格式和其中的年份是本项目依据 RELATED.md 所作的一致性检查：不符合的文号可能抄录有误，或文件不是所称的那份，因此只发警告，请按原件核实。',
        en: 'The notice says nothing about document numbers. Their form and year are a consistency check of this project, after RELATED.md: a number that does not fit may be mistyped, or the document may not be the one claimed, so the rule only warns: check against the original.',
      },
    },
    title: { zh: '文号格式正确且年份与发文日期一致', en: 'Document numbers are well formed and match the issue year' },
    description: {
      zh: '文号由发文机关代字、〔年份〕、序号和“号”组成，如 晋政办发〔2015〕122号；转载中的 [ ]、［］、( ) 视同〔〕。文号中的年份应与发文日期的年份一致。不符合的文号可能抄录有误，或文件不是所称的那份。',
      en: 'A document number is the issuer code, the year in 〔〕, a serial and 号, e.g. 晋政办发〔2015〕122号; `[ ]`, `［］` and `( )` from reprints count as 〔〕. The year in the number should equal the issue year. A number that does not fit may be mistyped, or the document may not be the one claimed.',
    },
    fix: { zh: '按原件核对文号和发文日期。', en: 'Check the number and the issue date against the original.' },
    covers: ['N-4.4#1'],
    examples: {
      pass: `documents:
  - { id: d-fsr, kind: feasibility-approval, number: 并发改审批发〔2016〕45号, issuer: 太原市发展和改革委员会, issued: 2016-04-06 }`,
      fail: `documents:
  - { id: d-fsr, kind: feasibility-approval, number: 并发改审批发〔2015〕45号, issuer: 太原市发展和改革委员会, issued: 2016-04-06 }`,
    },
    messages: {
      malformed: {
        zh: '文号“{number}”格式不符，应如 晋政办发〔2015〕122号',
        en: 'Document number "{number}" is not in the form 晋政办发〔2015〕122号',
      },
      yearMismatch: {
        zh: '文号“{number}”中的年份 {year} 与发文日期 {issued} 不一致',
        en: 'The year {year} in document number "{number}" differs from the issue date {issued}',
      },
    },
  },
  *check(dossier) {
    for (const [index, document] of dossier.documents.entries()) {
      if (document.number === undefined) continue;
      const parsed = parseDocumentNumber(document.number);
      const path = ['documents', index, 'number'];
      if (!parsed) yield { messageId: 'malformed', path, data: { number: document.number } };
      else if (String(parsed.year) !== document.issued.slice(0, 4)) {
        yield { messageId: 'yearMismatch', path, data: { number: document.number, year: parsed.year, issued: document.issued } };
      }
    }
  },
});
