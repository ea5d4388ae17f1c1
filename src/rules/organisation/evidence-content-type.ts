import { CONTENT_NAMES, expectedContent } from '../../engine/evidence-content.js';
import { defineRule } from '../define-rule.js';

export const evidenceContentType = defineRule({
  meta: {
    id: 'evidence-content-type',
    severity: 'warning',
    clause: 'N-5.3',
    rests: {
      quote: '对工作不积极主动、进度缓慢、弄虚作假的单位和责任人员予以通报批评，并明确整改期限和要求，对情节严重的要实施问责',
      modal: '要',
      reading: {
        zh: '通知没有规定证明文件的格式。文件内容与扩展名不符，是本项目的一致性检查：可能只是扩展名写错，也可能不是所称的文件，因此只发警告，请打开文件核实。',
        en: 'The notice says nothing of the format of evidence files. Content that does not match the extension is a consistency check of this project: the extension may merely be wrong, or the file may not be the one claimed, so the rule only warns: open the file and check.',
      },
    },
    title: { zh: '证明文件的内容与扩展名相符', en: 'Evidence files are what their extension says' },
    description: {
      zh: '按文件开头的特征字节判断证明文件的类型，与扩展名对照：.pdf 须以 %PDF- 开头（前 1024 字节内）；.ofd 须是 ZIP 压缩包（PK\\x03\\x04）且根目录有 OFD.xml；.jpg/.jpeg 须以 FF D8 FF 开头；.png 须以 89 50 4E 47 0D 0A 1A 0A 开头。只判断外层格式，不校验文件内部结构；其他扩展名不检查。类型在计算 SHA-256 时一并读出，不再次读取文件。',
      en: 'The type of an evidence file is told by its magic bytes and compared with its extension: a .pdf starts with %PDF- (within its first 1024 bytes); an .ofd is a ZIP archive (PK\\x03\\x04) with OFD.xml at its root; a .jpg/.jpeg starts with FF D8 FF; a .png with 89 50 4E 47 0D 0A 1A 0A. Only the outer format is told, not the file’s inner structure; other extensions are not checked. The type is read in the same pass as the SHA-256, so the file is read once.',
    },
    fix: {
      zh: '放入正确的文件，或把扩展名改为文件的实际类型（并同步修改资料中的路径）。',
      en: 'Put the right file in place, or give the file the extension of what it is (and change the path in the dossier to match).',
    },
    covers: ['N-5.3#1'],
    examples: {
      pass: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: scans/fsr.pdf } }`,
      fail: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: scans/fsr.png } }   # 实为 PDF 文件`,
    },
    messages: {
      mismatch: {
        zh: '证明文件“{file}”的扩展名表示{expected}，但其内容是{actual}',
        en: 'Evidence file "{file}" is named as {expected}, but its content is {actual}',
      },
    },
  },
  *check(dossier, context) {
    if (!context.evidence) return;
    for (const [index, document] of dossier.documents.entries()) {
      if (!document.evidence) continue;
      const { file } = document.evidence;
      const expected = expectedContent(file);
      if (expected === undefined) continue;
      const read = context.evidence(file);
      // An unreadable or empty file is evidence-matches' finding.
      if (!read.ok || read.content === 'empty' || read.content === expected) continue;
      yield {
        messageId: 'mismatch',
        path: ['documents', index, 'evidence', 'file'],
        data: { file, expected: CONTENT_NAMES[expected], actual: CONTENT_NAMES[read.content] },
      };
    }
  },
});
