import { defineRule, type EvidenceText, type RuleReport } from '../define-rule.js';

/**
 * Text as compared: compatibility forms folded (full-width digits and letters, ［］ and （） become their plain
 * forms), then every bracket a 文号's year is written in (〔〕 [] ［］ （） () 【】) and all whitespace removed, so
 * 并发改审批发〔2016〕45号 and `并发改审批发 [2016] 45号` read alike.
 */
export function normaliseForTextMatch(text: string): string {
  return text.normalize('NFKC').replace(/[〔〕[\]［］（）()【】\s]/gu, '');
}

type Field = 'number' | 'issuer';

export const evidenceText = defineRule({
  meta: {
    id: 'evidence-text',
    severity: 'warning',
    clause: 'N-5.3',
    rests: {
      quote: '对工作不积极主动、进度缓慢、弄虚作假的单位和责任人员予以通报批评，并明确整改期限和要求，对情节严重的要实施问责',
      modal: '要',
      reading: {
        zh: '通知没有规定证明文件须有文字层。从 PDF 读出的文字与资料所写的文号、发文单位对照，是本项目的一致性检查：文字可能写法不同、分在图片中或读取有误，因此只发警告，请打开文件核实；没有文字层的扫描件无法由文件核实，只作提示，既不算通过也不算不通过。',
        en: 'The notice does not require evidence files to have text. Comparing the text read from a PDF with the 文号 and issuer the dossier states is a consistency check of this project: the text may be written differently, lie in a picture, or be read wrongly, so the rule only warns: open the file and check. A scan without a text layer cannot be verified from the file: that is information only, neither a pass nor a failure.',
      },
    },
    title: { zh: 'PDF 证明文件的文字含有所称的文号和发文单位', en: 'An evidence PDF’s text holds the stated 文号 and issuer' },
    description: {
      zh: '证明文件是有文字层的 PDF 的，其文字（前 9 页和最后一页）中须出现资料为该文件写明的文号和发文单位；比较前统一全角半角，去掉〔〕[]［］（）()【】和所有空白。没有文字层（扫描件）、无法解析、过大（超过 32 MiB）或读取超时的 PDF 无法由文件核实，报告为提示（information），不影响结论。文字由命令行和库的异步接口（checkSourcesAsync）读取；同步接口（checkSources）不读取 PDF 文字，本规则此时不报告。',
      en: 'Where an evidence file is a PDF with a text layer, the 文号 and the issuer the dossier states for the document must appear in its text (the first nine pages and the last); compatibility forms are folded and 〔〕[]［］（）()【】 and all whitespace removed before comparing. A PDF without a text layer (a scan), one that does not parse, is too large (over 32 MiB) or takes too long to read cannot be verified from the file: that is reported as information, which changes no verdict. The text is read by the command line and the library’s asynchronous checkSourcesAsync; the synchronous checkSources reads no PDF text, and this rule then reports nothing.',
    },
    fix: {
      zh: '核对文件：放入所称文件的正确扫描件，或更正资料中的文号或发文单位。',
      en: 'Check the file: put the right copy of the document in place, or correct the 文号 or issuer in the dossier.',
    },
    covers: ['N-5.3#1'],
    examples: {
      pass: `documents:
  - { id: d-fsr, kind: feasibility-approval, number: 并发改审批发〔2016〕45号, issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: scans/fsr.pdf } }`,
      fail: `documents:
  - { id: d-fsr, kind: feasibility-approval, number: 并发改审批发〔2016〕54号, issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: scans/fsr.pdf } }   # 文件中是 45 号`,
    },
    messages: {
      numberMissing: {
        zh: '证明文件“{file}”的文字中没有资料所写的文号 {value}（已读 {pagesRead}/{pages} 页）',
        en: 'The text of evidence file "{file}" does not contain the 文号 {value} the dossier states ({pagesRead} of {pages} pages read)',
      },
      issuerMissing: {
        zh: '证明文件“{file}”的文字中没有资料所写的发文单位 {value}（已读 {pagesRead}/{pages} 页）',
        en: 'The text of evidence file "{file}" does not contain the issuer {value} the dossier states ({pagesRead} of {pages} pages read)',
      },
      unverifiable: {
        zh: '证明文件“{file}”无法由文件本身核实文号和发文单位：{reason}。这不是不通过，请人工核对原件',
        en: 'Evidence file "{file}" cannot be verified from the file itself: {reason}. This is not a failure; check the original by hand',
      },
    },
    messageSeverity: { unverifiable: 'information' },
  },
  *check(dossier, context) {
    if (!context.evidence) return;
    for (const [index, document] of dossier.documents.entries()) {
      if (!document.evidence) continue;
      const { file } = document.evidence;
      const read = context.evidence(file);
      // Only PDFs whose text was read: the synchronous API reads none, and other files are other rules' concern.
      if (!read.ok || read.content !== 'pdf' || !read.text) continue;
      yield* compare(read.text, file, index, { number: document.number, issuer: document.issuer });
    }
  },
});

function* compare(
  text: EvidenceText,
  file: string,
  index: number,
  declared: Record<Field, string | undefined>,
): Generator<RuleReport<'numberMissing' | 'issuerMissing' | 'unverifiable'>> {
  if (text.kind === 'unverifiable') {
    yield { messageId: 'unverifiable', path: ['documents', index, 'evidence', 'file'], data: { file, reason: text.reason } };
    return;
  }
  const haystack = normaliseForTextMatch(text.text);
  for (const field of ['number', 'issuer'] as const) {
    const value = declared[field];
    if (value === undefined || normaliseForTextMatch(value) === '' || haystack.includes(normaliseForTextMatch(value))) continue;
    yield {
      messageId: field === 'number' ? 'numberMissing' : 'issuerMissing',
      path: ['documents', index, field],
      data: { file, value, pagesRead: text.pagesRead, pages: text.pages },
    };
  }
}
