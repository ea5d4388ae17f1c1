import { CONSTRUCTION_KINDS } from '../support/loan-requirements.js';
import { defineRule } from '../define-rule.js';

export const qualityResponsibility = defineRule({
  meta: {
    id: 'quality-responsibility',
    severity: 'error',
    clause: 'N-2.2',
    rests: {
      quote: '要加强棚户区改造项目建设管理，严格执行基本建设程序和工程质量管理的政策规定，实行永久性标牌和质量终身负责制',
      modal: '要',
    },
    basis: {
      document: '建质〔2014〕124号（建筑工程五方责任主体项目负责人质量终身责任追究暂行办法）',
      article: '第二条',
      effective: '2014-08-25',
      status: 'verified',
      source: 'http://simwire.cn/Staticpage/2021/8/13/1517.html (reprint of the ministry text; re-check against mohurd.gov.cn)',
    },
    title: { zh: '永久性标牌和质量终身负责制', en: 'Permanent sign board and lifetime quality responsibility' },
    description: {
      zh: '有建设内容的项目须实行永久性标牌和质量终身负责制：资料声明设置永久性标牌，并列出质量终身责任单位（至少建设单位）。建质〔2014〕124号第二条规定五方责任主体为建设、勘察、设计、施工、监理单位。',
      en: 'A project that builds must have a permanent sign board and lifetime quality responsibility: the dossier declares the board and lists the parties responsible for quality for life (at least the developer). 建质〔2014〕124号 第二条 names the five parties: developer, survey, design, construction and supervision.',
    },
    fix: {
      zh: '在 quality 中写 permanentSignBoard: true，并在 lifetimeResponsibility 中列出建设、勘察、设计、施工、监理单位。',
      en: 'Set `quality.permanentSignBoard: true` and list the developer, survey, design, construction and supervision parties in `lifetimeResponsibility`.',
    },
    covers: ['N-2.2#2'],
    examples: {
      pass: `quality:
  permanentSignBoard: true
  lifetimeResponsibility:
    - { role: developer, name: 测试建设投资有限公司 }`,
      fail: `quality:
  permanentSignBoard: false`,
    },
    messages: {
      missing: { zh: '未实行永久性标牌和质量终身负责制', en: 'No permanent sign board or lifetime quality responsibility is declared' },
      noSignBoard: { zh: '未声明设置永久性标牌', en: 'The permanent sign board is not declared' },
      noDeveloper: { zh: '质量终身负责制未落实到建设单位', en: 'The developer is not among the parties with lifetime quality responsibility' },
    },
  },
  *check(dossier) {
    if (!dossier.components.some((component) => CONSTRUCTION_KINDS.has(component.kind))) return;
    const quality = dossier.quality;
    if (!quality) {
      yield { messageId: 'missing', path: ['components'] };
      return;
    }
    if (quality.permanentSignBoard !== true) {
      yield { messageId: 'noSignBoard', path: quality.permanentSignBoard === undefined ? ['quality'] : ['quality', 'permanentSignBoard'] };
    }
    if (!(quality.lifetimeResponsibility ?? []).some((party) => party.role === 'developer')) {
      yield { messageId: 'noDeveloper', path: quality.lifetimeResponsibility ? ['quality', 'lifetimeResponsibility'] : ['quality'] };
    }
  },
});
