import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, STREAMING_FORMATTERS } from '../../src/report/formatters.js';
import { loadStreamingFormatter } from '../../src/report/load-formatter.js';

describe('loading a format on demand', () => {
  it.each(FORMAT_NAMES)('gives the streaming formatter registered for %s', async (name) => {
    expect(await loadStreamingFormatter(name)).toBe(STREAMING_FORMATTERS[name]);
  });
});
