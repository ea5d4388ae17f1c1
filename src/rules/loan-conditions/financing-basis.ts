import { defineRule } from '../define-rule.js';

export const financingBasis = defineRule({
  meta: {
    id: 'financing-basis',
    severity: 'error',
    clause: 'N-4.4',
    title: { zh: '贷款有融资依据协议', en: 'The loan rests on a financing agreement' },
    description: {
      zh: '实施主体可依据政府购买棚户区改造服务协议、特许经营协议等政府与社会资本合作合同进行市场化融资，银行据此发放贷款。贷款须写明所依据的协议（loan.basis）。',
      en: 'The entity borrows on the basis of a purchase-of-service agreement, a concession agreement or another government–social-capital contract, and banks lend on that basis. The loan names the agreement it rests on (`loan.basis`).',
    },
    fix: { zh: '在 agreements 中列出协议，并在 loan.basis 中引用其 id。', en: 'List the agreement under `agreements` and refer to its id in `loan.basis`.' },
    covers: ['N-4.4#2'],
    examples: {
      pass: `agreements:
  - { id: agr-1, kind: purchase-of-service, document: d-agreement }
loan:
  basis: agr-1`,
      fail: `loan:
  basis: ~   # 未写明融资依据协议`,
    },
    messages: {
      missing: { zh: '贷款未写明融资依据协议', en: 'The loan names no financing agreement' },
    },
  },
  *check(dossier) {
    if (dossier.loan.basis === undefined) yield { messageId: 'missing', path: ['loan'] };
  },
});
