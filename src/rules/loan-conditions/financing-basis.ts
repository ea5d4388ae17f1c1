import { defineRule } from '../define-rule.js';

export const financingBasis = defineRule({
  meta: {
    id: 'financing-basis',
    severity: 'warning',
    clause: 'N-4.4',
    rests: {
      quote: '承接棚户区改造任务及纳入各地区配套建设计划的项目实施主体，可依据政府购买棚户区改造服务协议、特许经营协议等政府与社会资本合作合同进行市场化融资',
      modal: '可',
    },
    title: { zh: '贷款有融资依据协议', en: 'The loan rests on a financing agreement' },
    description: {
      zh: '实施主体可依据政府购买棚户区改造服务协议、特许经营协议等政府与社会资本合作合同进行市场化融资，银行据此发放贷款。通知是允许（可），不是禁止其他融资：贷款未写明所依据的协议（loan.basis）的，不在通知所规定的范围内，给出警告，请核实。',
      en: 'The entity may borrow on the basis of a purchase-of-service agreement, a concession agreement or another government–social-capital contract, and banks lend on that basis. The notice permits (可); it does not forbid other borrowing: a loan that names no agreement (`loan.basis`) is outside what the notice provides for, and gets a warning to verify.',
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
      missing: {
        zh: '贷款未写明融资依据协议（购买服务协议、特许经营协议等），不在通知所规定的融资方式之内，请核实',
        en: 'The loan names no financing agreement (purchase of service, concession or similar): outside what the notice provides for; verify',
      },
    },
  },
  *check(dossier) {
    if (dossier.loan.basis === undefined) yield { messageId: 'missing', path: ['loan'] };
  },
});
