import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const quality = 'quality:\n  permanentSignBoard: true\n  lifetimeResponsibility: [{ role: developer, name: 测试建设投资有限公司 }]\n';
const none = replaceOnce(base, quality, '');
const noBoard = replaceOnce(base, 'permanentSignBoard: true', 'permanentSignBoard: false');
const noDeveloper = replaceOnce(base, 'role: developer', 'role: construction');
const demolitionOnly = none.replace(/  - id: housing\n(    .*\n)+/, '');

testRule('quality-responsibility', {
  valid: [
    { name: 'sign board and developer declared', text: base },
    { name: 'nothing is built (demolition only)', text: demolitionOnly },
  ],
  invalid: [
    { name: 'no quality section', text: none, errors: [{ messageId: 'missing', ...positionOf(none, 'components:') }] },
    { name: 'no sign board', text: noBoard, errors: [{ messageId: 'noSignBoard', ...valuePosition(noBoard, 'permanentSignBoard: false') }] },
    { name: 'no developer among the responsible parties', text: noDeveloper, errors: [{ messageId: 'noDeveloper', ...positionOf(noDeveloper, 'lifetimeResponsibility') }] },
  ],
});
