import { BASE_DOSSIER, positionOf, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { RURAL_DOSSIER as rural } from './rural-base.js';

const designs = (kind: string) =>
  withDocuments(
    replaceOnce(rural, '  seismicIntensity: 8\n', '  seismicIntensity: 8\n  designGuidance: d-design\n'),
    `{ id: d-design, kind: ${kind}, title: 小店区农房设计图集和风貌管理要求, issuer: 太原市小店区住房和城乡建设局, issued: 2016-02-15 }`,
  );
const wrongKind = replaceOnce(designs('rural-house-design'), 'designGuidance: d-design', 'designGuidance: d-plan');
const noSection = replaceOnce(BASE_DOSSIER, 'category: shantytown', 'category: rural-dilapidated-housing');

testRule('rural-house-designs', {
  valid: [
    { name: 'the county designs are referred to', text: designs('rural-house-design') },
    { name: 'a dossier written before the kind existed, calling them `other`', text: designs('other') },
    { name: 'not a rural project', text: BASE_DOSSIER },
  ],
  invalid: [
    { name: 'no designs referred to', text: rural, errors: [{ messageId: 'missing', ...positionOf(rural, 'rural:') }] },
    {
      name: 'no rural section at all',
      text: noSection,
      errors: [{ messageId: 'missing', ...valuePosition(noSection, 'category: rural-dilapidated-housing') }],
    },
    {
      name: 'a planning opinion given as the designs',
      text: wrongKind,
      errors: [{ messageId: 'wrongKind', ...valuePosition(wrongKind, 'designGuidance: d-plan') }],
    },
  ],
});
