import { defineRule } from '../define-rule.js';
import { parameterText } from '../../notice/parameter-text.js';
import { documentOf } from '../support/document-slot.js';
import { agreementsOfKind } from '../support/financing-agreements.js';

export const purchaseOfServiceLimits = defineRule({
  meta: {
    id: 'purchase-of-service-limits',
    severity: 'warning',
    clause: 'N-4.1',
    title: {
      zh: `${parameterText('purchaseOfServiceLimitsFrom', 'zh')} 起政府购买服务的限制（财预〔2017〕87号）`,
      en: `Purchase-of-service limits from ${parameterText('purchaseOfServiceLimitsFrom', 'en')} (财预〔2017〕87号)`,
    },
    description: {
      zh: `财预〔2017〕87号（${parameterText('purchaseOfServiceLimitsFrom', 'zh')} 起，参数 purchaseOfServiceLimitsFrom）规定：不得将建设工程作为服务购买，不得以购买服务名义变相融资，购买期限应在年度预算和中期财政规划内。对棚户区改造是否有例外，仅见于二手资料，未经核实，因此本规则只发警告，请人工核实。对该日及以后签订的购买服务协议：范围含工程建设（construction-works）的，或贷款以其为融资依据的，给出警告。`,
      en: `财预〔2017〕87号 (from ${parameterText('purchaseOfServiceLimitsFrom', 'en')}, parameter \`purchaseOfServiceLimitsFrom\`): no construction works bought as a service, no financing disguised as a purchase of services, terms within the annual budget and the medium-term fiscal plan. A carve-out for shantytown renovation is reported in secondary sources only and is not verified, so this rule only warns and asks for a manual check. For purchase-of-service agreements signed on or after that day: a scope with \`construction-works\`, or a loan resting on such an agreement, gets a warning.`,
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
        zh: '购买服务协议“{id}”（{signed}）将工程建设作为服务购买；财预〔2017〕87号禁止此做法，棚改例外仅见于二手资料，未经核实',
        en: 'The purchase-of-service agreement "{id}" ({signed}) buys construction works as a service, which 财预〔2017〕87号 forbids; a shantytown carve-out is only reported, not verified',
      },
      financingOnPurchase: {
        zh: `贷款以 ${parameterText('purchaseOfServiceLimitsFrom', 'zh')} 后签订的购买服务协议“{id}”为融资依据；财预〔2017〕87号禁止以购买服务名义融资，棚改例外仅见于二手资料，未经核实`,
        en: `The loan rests on the purchase-of-service agreement "{id}" signed after ${parameterText('purchaseOfServiceLimitsFrom', 'en')}; 财预〔2017〕87号 forbids financing through purchases of services, and a shantytown carve-out is only reported, not verified`,
      },
    },
    basis: { document: '财预〔2017〕87号', effective: '2017-05-28', status: 'verified' },
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
