import type { Quality } from '../../dossier/types.js';
import type { Localized } from '../../engine/types.js';
import { CONSTRUCTION_KINDS } from '../support/loan-requirements.js';
import { defineRule } from '../define-rule.js';

type Role = NonNullable<Quality['lifetimeResponsibility']>[number]['role'];

/**
 * The five parties of 建质〔2014〕124号 第二条, each with the title its project leader bears there: the contractor's
 * leader is its 项目经理 and the supervisor's its 总监理工程师, not a 项目负责人.
 */
const FIVE_PARTIES: readonly { role: Role; leader: Localized }[] = [
  { role: 'developer', leader: { zh: '建设单位项目负责人', en: 'the developer’s project leader' } },
  { role: 'survey', leader: { zh: '勘察单位项目负责人', en: 'the surveyor’s project leader' } },
  { role: 'design', leader: { zh: '设计单位项目负责人', en: 'the designer’s project leader' } },
  { role: 'construction', leader: { zh: '施工单位项目经理', en: 'the contractor’s project manager' } },
  { role: 'supervision', leader: { zh: '监理单位总监理工程师', en: 'the supervisor’s chief supervising engineer' } },
];

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
      zh: '棚户区改造项目建设实行永久性标牌和质量终身负责制。质量终身责任由五方责任主体项目负责人承担（建质〔2014〕124号 第二条）：建设单位项目负责人、勘察单位项目负责人、设计单位项目负责人、施工单位项目经理、监理单位总监理工程师。有建设内容的项目，资料须声明设置永久性标牌，并列出全部五方责任单位。农户自建的农村危房改造不适用本条（二(二)针对棚户区改造项目建设管理）。',
      en: 'Shantytown construction has a permanent sign board and lifetime quality responsibility, which rests on the project leaders of five parties (建质〔2014〕124号 Art. 2): the developer’s, surveyor’s and designer’s project leaders, the contractor’s project manager and the supervisor’s chief supervising engineer. A project that builds declares the sign board and lists all five parties. Rural houses renovated by households are outside this clause, which governs shantytown construction.',
    },
    fix: {
      zh: '在 quality 中写 permanentSignBoard: true，并在 lifetimeResponsibility 中列出建设（developer）、勘察（survey）、设计（design）、施工（construction）、监理（supervision）单位。',
      en: 'Set `quality.permanentSignBoard: true` and list the developer, survey, design, construction and supervision parties in `lifetimeResponsibility`.',
    },
    covers: ['N-2.2#2'],
    examples: {
      pass: 'quality:\n  permanentSignBoard: true\n  lifetimeResponsibility:\n    - { role: developer, name: 测试建设投资有限公司 }\n    - { role: survey, name: 山西省勘察设计研究院 }\n    - { role: design, name: 太原市建筑设计研究院 }\n    - { role: construction, name: 山西建筑工程集团有限公司 }\n    - { role: supervision, name: 山西协诚建设工程项目管理有限公司 }',
      fail: 'quality:\n  permanentSignBoard: true\n  lifetimeResponsibility:\n    - { role: developer, name: 测试建设投资有限公司 }   # 缺勘察、设计、施工、监理单位',
    },
    messages: {
      missing: { zh: '未实行永久性标牌和质量终身负责制', en: 'No permanent sign board or lifetime quality responsibility is declared' },
      noSignBoard: { zh: '未声明设置永久性标牌', en: 'The permanent sign board is not declared' },
      missingParties: {
        zh: '质量终身责任未落实到以下责任主体：{parties}（建质〔2014〕124号 第二条，五方责任主体）',
        en: 'Lifetime quality responsibility does not reach {parties} (建质〔2014〕124号 Art. 2, the five parties)',
      },
    },
  },
  *check(dossier) {
    // 二(二) governs shantytown construction; a rural household rebuilding its own house has no five parties.
    if (dossier.project.category === 'rural-dilapidated-housing') return;
    if (!dossier.components.some((component) => CONSTRUCTION_KINDS.has(component.kind))) return;
    const quality = dossier.quality;
    if (!quality) {
      yield { messageId: 'missing', path: ['components'] };
      return;
    }
    if (quality.permanentSignBoard !== true) {
      yield { messageId: 'noSignBoard', path: quality.permanentSignBoard === undefined ? ['quality'] : ['quality', 'permanentSignBoard'] };
    }
    const named = new Set((quality.lifetimeResponsibility ?? []).map((party) => party.role));
    const missing = FIVE_PARTIES.filter((party) => !named.has(party.role));
    if (missing.length > 0) {
      yield {
        messageId: 'missingParties',
        path: quality.lifetimeResponsibility ? ['quality', 'lifetimeResponsibility'] : ['quality'],
        data: { parties: { zh: missing.map((p) => p.leader.zh).join('、'), en: missing.map((p) => p.leader.en).join(', ') } },
      };
    }
  },
});
