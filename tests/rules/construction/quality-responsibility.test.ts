import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { RURAL_DOSSIER } from '../rural/rural-base.js';

const none = base.replace(/quality:\n(  .*\n)+/, '');
const noBoard = replaceOnce(base, 'permanentSignBoard: true', 'permanentSignBoard: false');
const developerOnly = removeLine(removeLine(removeLine(removeLine(base, 'role: survey'), 'role: design'), 'role: construction'), 'role: supervision');
const noSupervisor = removeLine(base, 'role: supervision');
const noList = removeLine(developerOnly, 'lifetimeResponsibility:').replace(/    - \{ role: developer.*\n/, '');
const demolitionOnly = none.replace(/  - id: housing\n(    .*\n)+/, '');
const ruralWithoutQuality = RURAL_DOSSIER.replace(/quality:\n(  .*\n)+/, '');

testRule('quality-responsibility', {
  valid: [
    { name: 'sign board and all five parties declared', text: base },
    { name: 'nothing is built (demolition only)', text: demolitionOnly },
    { name: 'a rural project: households rebuilding their own houses', text: ruralWithoutQuality },
  ],
  invalid: [
    { name: 'no quality section', text: none, errors: [{ messageId: 'missing', ...positionOf(none, 'components:') }] },
    { name: 'no sign board', text: noBoard, errors: [{ messageId: 'noSignBoard', ...valuePosition(noBoard, 'permanentSignBoard: false') }] },
    {
      name: 'only the developer: the other four parties are missing, each under its own title',
      text: developerOnly,
      errors: [
        {
          messageId: 'missingParties',
          ...positionOf(developerOnly, 'lifetimeResponsibility'),
          message:
            /the surveyor’s project leader, the designer’s project leader, the contractor’s project manager, the supervisor’s chief supervising engineer/,
        },
      ],
    },
    {
      name: 'no supervisor',
      text: noSupervisor,
      errors: [
        {
          messageId: 'missingParties',
          ...positionOf(noSupervisor, 'lifetimeResponsibility'),
          message: /does not reach the supervisor’s chief supervising engineer \(/,
        },
      ],
    },
    { name: 'no list at all', text: noList, errors: [{ messageId: 'missingParties', ...positionOf(noList, 'quality:') }] },
  ],
});
