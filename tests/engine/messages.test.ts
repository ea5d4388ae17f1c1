import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/engine/messages.js';

describe('formatMessage', () => {
  const template = { zh: '缺少{requirement}（{count} 份，{id}）', en: 'Missing {requirement} ({count}, {id})' };

  it('fills a value in both languages with the text of each template’s language', () => {
    expect(formatMessage(template, { requirement: { zh: '可研批复', en: 'feasibility-study approval' }, count: 2, id: 'd-1' })).toEqual({
      zh: '缺少可研批复（2 份，d-1）',
      en: 'Missing feasibility-study approval (2, d-1)',
    });
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatMessage(template, { count: 0 })).toEqual({ zh: '缺少{requirement}（0 份，{id}）', en: 'Missing {requirement} (0, {id})' });
  });
});
