import { defineInputRule } from '../define-rule.js';

export const internalError = defineInputRule({
  id: 'internal-error',
  severity: 'error',
  title: { zh: '检查规则运行失败', en: 'A rule failed to run' },
  description: {
    zh: '某条规则在此资料上运行出错，该规则的结论未知，因此资料不能通过。这是检查工具的缺陷，退出码为 2。',
    en: 'A rule failed while checking this dossier, so its verdict is unknown and the dossier cannot pass. This is a defect of the checker; the exit code is 2.',
  },
  fix: {
    zh: '用 --debug 重新运行以查看详细信息，并向检查工具的维护者报告。',
    en: 'Run again with --debug for details and report it to the maintainers of the checker.',
  },
  covers: [],
  examples: {
    pass: `# 任何资料：规则正常运行`,
    fail: `# 任何资料：某条规则运行出错时报告`,
  },
  messages: {
    ruleFailed: { zh: '规则 {rule} 运行出错：{detail}', en: 'Rule {rule} failed: {detail}' },
  },
});
