import { describe, expect, it } from 'vitest';
import { langFromEnv, parseAsOf, parseSize } from '../../src/cli/options.js';

describe('language from the environment', () => {
  it.each([
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_MESSAGES: 'zh_TW.UTF-8' }, 'zh'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
  ])('%o → %s', (env, lang) => {
    expect(langFromEnv(env, () => 'zh-CN')).toBe(lang);
  });

  it('falls back to the system locale when no variable is set (Windows)', () => {
    expect(langFromEnv({}, () => 'zh-CN')).toBe('zh');
    expect(langFromEnv({}, () => 'en-US')).toBe('en');
  });
});

describe('option values', () => {
  it.each([
    ['16m', 16 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1MiB', 1024 * 1024],
    ['1048576', 1048576],
  ])('size %s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it('refuses a size it cannot read, and an impossible date', () => {
    expect(() => parseSize('lots')).toThrow('--max-file-size expects a size in bytes or with k/m');
    expect(() => parseAsOf('2016-13-01')).toThrow('--as-of expects a real date as YYYY-MM-DD, got "2016-13-01"');
    expect(parseAsOf('2016-02-29')).toBe('2016-02-29');
  });
});
