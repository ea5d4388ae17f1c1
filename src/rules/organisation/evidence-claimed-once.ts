import { DOCUMENT_KIND_NAMES } from '../../dossier/document-kinds.js';
import type { DossierDocument } from '../../dossier/types.js';
import { normaliseDocumentNumber } from '../loan-conditions/document-number-format.js';
import { defineRule, type RuleReport } from '../define-rule.js';

/** The SHA-256 of no bytes: every empty file has it, and an empty file is `evidence-matches`' finding, not this one's. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Two entries are different documents when their kinds differ, or both carry a 文号 and the 文号 differ. */
function differentDocuments(a: DossierDocument, b: DossierDocument): boolean {
  if (a.kind !== b.kind) return true;
  return a.number !== undefined && b.number !== undefined && normaliseDocumentNumber(a.number) !== normaliseDocumentNumber(b.number);
}

export const evidenceClaimedOnce = defineRule({
  meta: {
    id: 'evidence-claimed-once',
    severity: 'warning',
    clause: 'N-5.3',
    rests: {
      quote: '对工作不积极主动、进度缓慢、弄虚作假的单位和责任人员予以通报批评，并明确整改期限和要求，对情节严重的要实施问责',
      modal: '要',
      reading: {
        zh: '通知没有规定证明文件如何提交。同一文件被当作两份不同文件的证明，是本项目的一致性检查：可能是把同一扫描件误用于另一份文件，也可能是一份合订的扫描件确实包含两份文件，因此只发警告，请核实。',
        en: 'The notice says nothing of how evidence is supplied. One file given as the evidence of two different documents is a consistency check of this project: the same scan may have been reused by mistake, or one bound scan may really hold both documents, so the rule only warns: check.',
      },
    },
    title: { zh: '一个证明文件只证明一份文件', en: 'One evidence file is the evidence of one document' },
    description: {
      zh: '两份不同的文件（类型不同，或都有文号而文号不同）不能以同一个证明文件为证：同一个文件（解析链接后是同一文件，内容的 SHA-256 因此相同）、内容相同的文件，或资料为两者写明了相同的 SHA-256，都算同一个文件。空文件不在此检查。',
      en: 'Two different documents (of different kinds, or both numbered and with different numbers) cannot have the same file as evidence: the same file (the same file once links are resolved, whose content therefore has the same SHA-256), files of identical content, or the same SHA-256 stated for both all count as one file. Empty files are not considered here.',
    },
    fix: {
      zh: '为每份文件放入它自己的扫描件；合订扫描件确实包含多份文件的，请在审查记录中说明。',
      en: 'Give each document its own scan; where one bound scan really holds several documents, say so in the review record.',
    },
    covers: ['N-5.3#1'],
    examples: {
      pass: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: scans/fsr.pdf } }`,
      fail: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: scans/fsr.pdf } }
  - { id: d-eia, kind: eia-approval, issuer: 太原市环境保护局, issued: 2016-03-05, evidence: { file: scans/fsr.pdf } }   # 同一个文件`,
    },
    messages: {
      sameFile: {
        zh: '证明文件“{file}”与文件 {other}（{otherKind}）的证明文件“{otherFile}”内容相同（SHA-256 {sha256}）：同一文件被当作两份不同文件的证明',
        en: 'Evidence file "{file}" has the same content as "{otherFile}", the evidence of document {other} ({otherKind}) (SHA-256 {sha256}): one file is claimed as two different documents',
      },
      sameHash: {
        zh: '资料为本文件写明的 SHA-256 与文件 {other}（{otherKind}）的相同：同一文件被当作两份不同文件的证明',
        en: 'The SHA-256 stated here is also stated for document {other} ({otherKind}): one file is claimed as two different documents',
      },
    },
  },
  *check(dossier, context) {
    // Documents by the SHA-256 of the file read, and (when a file cannot be read) by the one the dossier states.
    const byHash = new Map<string, { index: number; read: boolean }[]>();
    for (const [index, document] of dossier.documents.entries()) {
      if (!document.evidence) continue;
      const read = context.evidence?.(document.evidence.file);
      const readHash = read?.ok && read.content !== 'empty' ? read.sha256 : undefined;
      const stated = document.evidence.sha256;
      for (const [hash, fromFile] of [
        [readHash, true],
        [stated, false],
      ] as const) {
        if (hash === undefined || hash === EMPTY_SHA256) continue;
        // A stated hash that the file contradicts is evidence-matches' finding; the file's own hash counts.
        if (!fromFile && readHash !== undefined) continue;
        const group = byHash.get(hash) ?? [];
        group.push({ index, read: fromFile });
        byHash.set(hash, group);
      }
    }
    const reported = new Set<number>();
    const reports: RuleReport<'sameFile' | 'sameHash'>[] = [];
    for (const [sha256, group] of byHash) {
      for (const [position, entry] of group.entries()) {
        if (reported.has(entry.index)) continue;
        const document = dossier.documents[entry.index]!;
        const earlier = group.slice(0, position).find((other) => differentDocuments(dossier.documents[other.index]!, document));
        if (!earlier) continue;
        reported.add(entry.index);
        const other = dossier.documents[earlier.index]!;
        const common = { other: other.id, otherKind: DOCUMENT_KIND_NAMES[other.kind] };
        reports.push(
          entry.read
            ? {
                messageId: 'sameFile',
                path: ['documents', entry.index, 'evidence', 'file'],
                data: { ...common, file: document.evidence!.file, otherFile: other.evidence!.file, sha256 },
              }
            : { messageId: 'sameHash', path: ['documents', entry.index, 'evidence', 'sha256'], data: common },
        );
      }
    }
    yield* reports;
  },
});
