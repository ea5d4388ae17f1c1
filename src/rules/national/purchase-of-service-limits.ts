import { defineRule } from '../define-rule.js';
import { parameterText } from '../../notice/parameter-text.js';
import { documentOf } from '../support/document-slot.js';
import { agreementsOfKind } from '../support/financing-agreements.js';

export const purchaseOfServiceLimits = defineRule({
  meta: {
    id: 'purchase-of-service-limits',
    severity: 'warning',
    clause: 'N-4.1',
    rests: {
      quote:
        '政府购买棚户区改造服务的范围，限定在政府应当承担的棚户区改造征地拆迁服务以及安置住房筹集、公益性基础设施建设等方面，不包括棚户区改造项目中配套建设的商品房以及经营性基础设施',
      modal: '限定在',
      reading: {
        zh: '财预〔2017〕87号第三部分规定，党中央、国务院统一部署的棚户区改造涉及的政府购买服务事项按照相关规定执行；它的限制是否及于棚户区改造购买服务，是本项目的理解，因此只发警告，请人工核实。',
        en: 'Part 三 of 财预〔2017〕87号 says purchase of services in the shantytown renovation deployed by the central government follows its own rules; whether its limits reach a shantytown purchase-of-service agreement is this project’s reading, so the rule only warns: verify by hand.',
      },
    },
    basis: {
      document: '财预〔2017〕87号',
      article: '三',
      effective: '2017-05-28',
      status: 'verified',
      source: 'full-text reprint cited in RELATED.md',
    },
    title: {
      zh: `${parameterText('purchaseOfServiceLimitsFrom', 'zh')} 起政府购买服务的限制（财预〔2017〕87号）`,
      en: `Purchase-of-service limits from ${parameterText('purchaseOfServiceLimitsFrom', 'en')} (财预〔2017〕87号)`,
    },
    description: {
      zh: `财预〔2017〕87号（${parameterText('purchaseOfServiceLimitsFrom', 'zh')} 起，参数 purchaseOfServiceLimitsFrom）规定：不得将建设工程作为服务购买，不得以购买服务名义变相融资，购买期限应在年度预算和中期财政规划内。其第三部分规定党中央、国务院统一部署的棚户区改造涉及的政府购买服务事项按照相关规定执行；这些限制是否及于棚户区改造购买服务需人工核实，因此本规则只发警告。对该日及以后签订的购买服务协议：范围含工程建设（construction-works）的，或贷款以其为融资依据的，给出警告。`,
      en: `财预〔2017〕87号 (from ${parameterText('purchaseOfServiceLimitsFrom', 'en')}, parameter \`purchaseOfServiceLimitsFrom\`): no construction works bought as a service, no financing disguised as a purchase of services, terms within the annual budget and the medium-term fiscal plan. Its part 三 says purchases of services in the shantytown renovation deployed by the central government follow their own rules; whether the limits reach a shantytown agreement needs a manual check, so this rule only warns. For purchase-of-service agreements signed on or after that day: a scope with \`construction-works\`, or a loan resting on such an agreement, gets a warning.`,
    },
    fix: {
      zh: '核实该协议是否适用棚户区改造的例外规定；不适用的，应调整协议范围或融资方式。',
      en: 'Check whether the shantytown carve-out applies to the agreement; if it does not, change its scope or the way the project is financed.',
    },
    covers: ['N-4.1#1'],
    examples: {
      pass: `# as-of: 2017-12-31
agreements:
  - { id: agr-1, kind: purchase-of-service, document: d-agreement, scope: [land-acquisition-demolition] }
documents:
  - { id: d-agreement, kind: purchase-of-service-agreement, number: 小政购〔2017〕1号, issuer: 太原市小店区人民政府, issued: 2017-06-01 }
loan: { basis: ~ }`,
      fail: `# as-of: 2017-12-31
agreements:
  - { id: agr-1, kind: purchase-of-service, document: d-agreement, scope: [construction-works] }
documents:
  - { id: d-agreement, kind: purchase-of-service-agreement, number: 小政购〔2017〕1号, issuer: 太原市小店区人民政府, issued: 2017-06-01 }`,
    },
    messages: {
      constructionWorks: {
        zh: '购买服务协议“{id}”（{signed}）将工程建设作为服务购买；财预〔2017〕87号禁止此做法，棚户区改造另有规定（同文第三部分），请核实是否适用',
        en: 'The purchase-of-service agreement "{id}" ({signed}) buys construction works as a service, which 财预〔2017〕87号 forbids; shantytown renovation follows its own rules (part 三 of the same document): verify which applies',
      },
      financingOnPurchase: {
        zh: `贷款以 ${parameterText('purchaseOfServiceLimitsFrom', 'zh')} 后签订的购买服务协议“{id}”为融资依据；财预〔2017〕87号禁止以购买服务名义融资，棚户区改造另有规定（同文第三部分），请核实是否适用`,
        en: `The loan rests on the purchase-of-service agreement "{id}" signed after ${parameterText('purchaseOfServiceLimitsFrom', 'en')}; 财预〔2017〕87号 forbids financing through purchases of services, and shantytown renovation follows its own rules (part 三 of the same document): verify which applies`,
      },
    },
    appliesWhen: 'purchaseOfServiceLimitsFrom',
  },
  *check(dossier, context) {
    const since = context.parameter('purchaseOfServiceLimitsFrom');
    if (since === undefined) return;
    for (const { agreement, index } of agreementsOfKind(dossier, 'purchase-of-service')) {
      const signed = documentOf(context, agreement.document)?.document.issued;
      if (signed === undefined || signed < since) continue;
      const works = (agreement.scope ?? []).indexOf('construction-works');
      if (works >= 0) yield { messageId: 'constructionWorks', path: ['agreements', index, 'scope', works], data: { id: agreement.id, signed } };
      if (dossier.loan.basis === agreement.id) yield { messageId: 'financingOnPurchase', path: ['loan', 'basis'], data: { id: agreement.id } };
    }
  },
});
