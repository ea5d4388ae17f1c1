import { defineRule } from '../define-rule.js';

export const evidenceMatches = defineRule({
  meta: {
    id: 'evidence-matches',
    severity: 'error',
    clause: 'N-5.3',
    rests: {
      quote: '对工作不积极主动、进度缓慢、弄虚作假的单位和责任人员予以通报批评，并明确整改期限和要求，对情节严重的要实施问责',
      modal: '要',
    },
    title: { zh: '证明文件与资料所述一致', en: 'Evidence files are the ones the dossier names' },
    description: {
      zh: '对弄虚作假的单位和责任人员予以通报批评。资料为文件列出证明文件（扫描件）的，该文件须是资料所在文件夹内的普通文件（解析符号链接后仍在文件夹内；设备、管道、文件夹和超过 512 MiB 的文件不读取即拒绝），且不是空文件；写明 SHA-256 的，文件内容的 SHA-256 须与之一致，以证明审查的就是资料所称的文件。指向文件夹之外的链接，报告中不出现其目标的任何信息。从标准输入读取的资料没有文件夹，不检查证明文件。',
      en: 'Units and people who falsify are publicly criticised. An evidence file (a scan) the dossier lists must be a regular file inside the dossier’s folder (still inside once symbolic links are resolved; devices, FIFOs, folders and files over 512 MiB are refused unread) and must not be empty; where a SHA-256 is given, the file’s content must hash to it, proving the file reviewed is the one the dossier names. Of a link that leads outside the folder, nothing about its target appears in any report. A dossier read from standard input has no folder, so its evidence is not checked.',
    },
    fix: {
      zh: '放入正确的证明文件，或按文件重新计算 SHA-256（如 sha256sum 文件名）。',
      en: 'Put the right file in place, or recompute the SHA-256 of the file (e.g. `sha256sum FILE`).',
    },
    covers: ['N-5.3#1'],
    examples: {
      pass: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01,
      evidence: { file: scans/fsr.pdf, sha256: d3ec878702ad84a24e98250046324f8266e7099ef506946c0ede1af46a1057cd } }`,
      fail: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01,
      evidence: { file: scans/fsr.pdf, sha256: 0a04d56094d2b43aeba742a6f497821899302b5d350d893ffa0d18e105d710d8 } }   # 不是这个文件的 SHA-256`,
    },
    messages: {
      unreadable: { zh: '证明文件“{file}”无法读取：{reason}', en: 'Evidence file "{file}" cannot be read: {reason}' },
      empty: {
        zh: '证明文件“{file}”是空文件，不可能是资料所称的文件',
        en: 'Evidence file "{file}" is empty, so it cannot be the document the dossier says it is',
      },
      mismatch: {
        zh: '证明文件“{file}”的 SHA-256 为 {actual}，与资料所写不一致',
        en: 'Evidence file "{file}" has SHA-256 {actual}, not the one the dossier states',
      },
    },
  },
  *check(dossier, context) {
    if (!context.evidence) return;
    for (const [index, document] of dossier.documents.entries()) {
      if (!document.evidence) continue;
      const { file, sha256 } = document.evidence;
      const read = context.evidence(file);
      if (!read.ok) yield { messageId: 'unreadable', path: ['documents', index, 'evidence', 'file'], data: { file, reason: read.reason } };
      else if (read.content === 'empty') yield { messageId: 'empty', path: ['documents', index, 'evidence', 'file'], data: { file } };
      else if (sha256 !== undefined && read.sha256 !== sha256) {
        yield { messageId: 'mismatch', path: ['documents', index, 'evidence', 'sha256'], data: { file, actual: read.sha256 } };
      }
    }
  },
});
