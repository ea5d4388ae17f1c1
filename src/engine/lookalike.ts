/**
 * Whether a key only looks like another: the same letters once case, width, invisible characters, spaces and
 * Cyrillic or Greek letters drawn like Latin ones are set aside. A borrower's file marked `DossierFormat` or
 * `dossierFоrmat` (with a Cyrillic о) is meant as a dossier, and must not pass as "not a dossier" unchecked.
 */
export function looksLike(key: string, target: string): boolean {
  // A lookalike is about as long as what it imitates; a longer key is not one, and folding it would be wasted work.
  if (key === target || key.length > target.length * 4) return false;
  return fold(key) === fold(target);
}

/** Letters of other scripts drawn like Latin ones, upper and lower case, by the Latin letter they pass for. */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'a',
  а: 'a',
  В: 'b',
  в: 'b',
  Е: 'e',
  е: 'e',
  К: 'k',
  к: 'k',
  М: 'm',
  м: 'm',
  Н: 'h',
  н: 'h',
  О: 'o',
  о: 'o',
  Р: 'p',
  р: 'p',
  С: 'c',
  с: 'c',
  Т: 't',
  т: 't',
  У: 'y',
  у: 'y',
  Х: 'x',
  х: 'x',
  І: 'i',
  і: 'i',
  Ј: 'j',
  ј: 'j',
  Ѕ: 's',
  ѕ: 's',
  Ԁ: 'd',
  ԁ: 'd',
  Ԛ: 'q',
  ԛ: 'q',
  Ԝ: 'w',
  ԝ: 'w',
  Ѵ: 'v',
  ѵ: 'v',
  Ғ: 'f',
  ғ: 'f',
  Һ: 'h',
  һ: 'h',
  // Greek
  Α: 'a',
  α: 'a',
  Β: 'b',
  β: 'b',
  Ε: 'e',
  ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  ι: 'i',
  Κ: 'k',
  κ: 'k',
  Μ: 'm',
  Ν: 'n',
  ν: 'v',
  Ο: 'o',
  ο: 'o',
  Ρ: 'p',
  ρ: 'p',
  Τ: 't',
  τ: 't',
  Υ: 'y',
  υ: 'u',
  Χ: 'x',
  χ: 'x',
  Ϝ: 'f',
};

const LOOKALIKE_LETTER = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'gu');

/**
 * NFKC turns fullwidth and other compatibility forms into plain letters; format characters (zero-width space and
 * joiners, the byte-order mark, the word joiner), spaces, `-` and `_` are dropped; lookalike letters become Latin.
 */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{White_Space}_-]/gu, '')
    .replace(LOOKALIKE_LETTER, (letter) => LATIN_LOOKALIKES[letter] ?? letter)
    .toLowerCase();
}

/** A key as shown in a message: characters other than printable ASCII are named by code point, so none is invisible. */
export function showCodePoints(key: string): string {
  let shown = '';
  for (const char of key) {
    const code = char.codePointAt(0) ?? 0;
    shown += code >= 0x21 && code <= 0x7e ? char : `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  }
  return shown;
}
