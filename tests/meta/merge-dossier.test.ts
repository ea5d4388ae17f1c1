import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exampleAsOf, mergeDossier, mergeDossierText } from '../support/merge-dossier.js';

describe('merging an example fragment into a dossier', () => {
  it('merges maps key by key, recursively, keeping what the fragment does not name', () => {
    expect(mergeDossier({ loan: { amount: 1, lender: { name: 'A', kind: 'x' } } }, { loan: { lender: { name: 'B' } } })).toEqual({
      loan: { amount: 1, lender: { name: 'B', kind: 'x' } },
    });
  });

  it('merges into the item of a list of maps with the same id, and appends an item with a new id', () => {
    const base = {
      documents: [
        { id: 'a', issued: '1' },
        { id: 'b', issued: '2' },
      ],
    };
    expect(mergeDossier(base, { documents: [{ id: 'b', kind: 'k' }, { id: 'c' }] })).toEqual({
      documents: [{ id: 'a', issued: '1' }, { id: 'b', issued: '2', kind: 'k' }, { id: 'c' }],
    });
    // Inside a merged item, `~` still removes a key.
    expect(mergeDossier(base, { documents: [{ id: 'b', issued: null }] })).toEqual({ documents: [{ id: 'a', issued: '1' }, { id: 'b' }] });
  });

  it('replaces any other list whole', () => {
    expect(mergeDossier({ modes: ['monetized'], parties: ['a', 'b'] }, { modes: ['built-housing'] })).toEqual({
      modes: ['built-housing'],
      parties: ['a', 'b'],
    });
    // A list of maps without ids (guarantees) is replaced too, as is an empty list.
    expect(mergeDossier({ g: [{ kind: 'a' }] }, { g: [{ kind: 'b' }] })).toEqual({ g: [{ kind: 'b' }] });
    expect(mergeDossier({ g: [{ id: 'a' }] }, { g: [] })).toEqual({ g: [] });
  });

  it('removes a key set to null', () => {
    expect(mergeDossier({ loan: { basis: 'agr-1', amount: 1 } }, { loan: { basis: null } })).toEqual({ loan: { amount: 1 } });
  });

  it('reads and writes YAML text, keeping dates as written', () => {
    const merged = parse(mergeDossierText('a: { b: 2016-03-04, c: 1 }\n', 'a: { c: 2 }\n')) as unknown;
    expect(merged).toEqual({ a: { b: '2016-03-04', c: 2 } });
  });

  it('refuses a fragment that is not a map of keys', () => {
    expect(() => mergeDossierText('a: 1\n', '- { id: x }\n')).toThrow(/map/);
  });

  it('reads the as-of date of a leading comment line only', () => {
    expect(exampleAsOf('# as-of: 2019-10-01\nloan: {}')).toBe('2019-10-01');
    expect(exampleAsOf('\n  # as-of: 2019-10-01\n')).toBe('2019-10-01');
    expect(exampleAsOf('loan: {}\n# as-of: 2019-10-01')).toBeUndefined();
    expect(exampleAsOf('loan: {}')).toBeUndefined();
  });
});
