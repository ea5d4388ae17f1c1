import type { DocumentKind } from '../../dossier/types.js';
import { defineRule } from '../define-rule.js';

/** Reprints write `[ ]`, `［］`, `( )`, `（）` or `【】` for 〔〕; normalise before matching. */
export function normaliseDocumentNumber(number: string): string {
  return number
    .trim()
    .replace(/[[［(（【]\s*(\d{4})\s*[\]］)）】]/, '〔$1〕')
    .replace(/\s+/g, '');
}

/** issuer code + 〔year〕 + serial + 号, e.g. 晋政办发〔2015〕122号. */
const DOCUMENT_NUMBER = /^(\D.*?)〔(\d{4})〕(第)?(\d+)号$/;

/**
 * A certificate or permit number, e.g. 用字第140900202000009号 or 建字第140105201600012号: it has no year in brackets
 * and is not a 文号, so the 文号 form does not apply to it.
 */
const CERTIFICATE_NUMBER = /字第[0-9A-Za-z-]+号$/;

/** Contracts carry contract numbers, not 文号. */
const CONTRACT_KINDS: ReadonlySet<DocumentKind> = new Set([
  'purchase-of-service-agreement',
  'concession-agreement',
  'ppp-contract',
  'fund-supervision-agreement',
]);

/**
 * A document numbered at the end of one year is often signed early in the next (the notice itself: 〔2015〕, signed
 * 2016-01-05). Up to the end of this month of the next year, the previous year's number is accepted.
 */
const LAST_MONTH_FOR_PREVIOUS_YEAR = 2;

export function parseDocumentNumber(number: string): { code: string; year: number; serial: number } | undefined {
  const match = DOCUMENT_NUMBER.exec(normaliseDocumentNumber(number));
  if (!match) return undefined;
  return { code: match[1]!, year: Number(match[2]), serial: Number(match[4]) };
}

/** The year in a 文号 fits the issue date: the same year, or the year before for a document signed early in the year. */
export function numberYearFits(numberYear: number, issued: string): boolean {
  const issuedYear = Number(issued.slice(0, 4));
  const issuedMonth = Number(issued.slice(5, 7));
  return numberYear === issuedYear || (numberYear === issuedYear - 1 && issuedMonth <= LAST_MONTH_FOR_PREVIOUS_YEAR);
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
    title: { zh: '文号格式正确且年份与发文日期相符', en: 'Document numbers are well formed and fit the issue year' },
    description: {
      zh: '文号由发文机关代字、〔年份〕、序号和“号”组成，如 晋政办发〔2015〕122号；转载中的 [ ]、［］、( )、（）、【】 视同〔〕。文号中的年份应与发文日期的年份一致；上一年编号、次年一、二月签发的（本通知即为〔2015〕号、次年一月签发）视为一致。合同、协议和证书（如 用字第…号）带的是合同编号或证书编号，不是文号，不在此检查。不符合的文号可能抄录有误，或文件不是所称的那份：这是本项目的理解，请人工核实。',
      en: 'A document number (文号) is the issuer code, the year in 〔〕, a serial and 号, e.g. 晋政办发〔2015〕122号; `[ ]`, `［］`, `( )`, `（）` and `【】` from reprints count as 〔〕. The year in the number should equal the issue year; a number of the previous year on a document signed in January or February fits (this notice is one: 〔2015〕, signed the following January). Contracts, agreements and certificates (e.g. 用字第…号) carry contract or certificate numbers, not 文号, and are not judged. A number that does not fit may be mistyped, or the document may not be the one claimed: this project’s reading, to verify by hand.',
    },
    fix: { zh: '按原件核对文号和发文日期。', en: 'Check the number and the issue date against the original.' },
    covers: ['N-4.4#1'],
    examples: {
      pass: 'documents:\n  - { id: d-fsr, number: 并发改审批发〔2015〕45号, issued: 2016-01-12 }   # 上一年编号、一月签发',
      fail: 'documents:\n  - { id: d-fsr, number: 并发改审批发〔2015〕45号, issued: 2016-04-06 }',
    },
    messages: {
      malformed: {
        zh: '文号“{number}”格式不符，应如 晋政办发〔2015〕122号（本项目的理解，请核实）',
        en: 'Document number "{number}" is not in the form 晋政办发〔2015〕122号 (this project’s reading; verify)',
      },
      yearMismatch: {
        zh: '文号“{number}”中的年份 {year} 与发文日期 {issued} 不符（本项目的理解，请核实）',
        en: 'The year {year} in document number "{number}" does not fit the issue date {issued} (this project’s reading; verify)',
      },
    },
  },
  *check(dossier) {
    for (const [index, document] of dossier.documents.entries()) {
      if (document.number === undefined || CONTRACT_KINDS.has(document.kind)) continue;
      const normal = normaliseDocumentNumber(document.number);
      if (!normal.includes('〔') && CERTIFICATE_NUMBER.test(normal)) continue;
      const parsed = parseDocumentNumber(document.number);
      const path = ['documents', index, 'number'];
      if (!parsed) yield { messageId: 'malformed', path, data: { number: document.number } };
      else if (!numberYearFits(parsed.year, document.issued)) {
        yield { messageId: 'yearMismatch', path, data: { number: document.number, year: parsed.year, issued: document.issued } };
      }
    }
  },
});
