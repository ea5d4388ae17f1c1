import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

/** Every value an `enum` of the dossier schema allows. */
export function schemaEnumValues(): ReadonlySet<string> {
  const values = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' && Array.isArray(value)) for (const item of value) values.add(String(item));
      else walk(value);
    }
  };
  walk(JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8')));
  return values;
}

/*
 * What a Chinese message may show in Latin letters: what the dossier itself says (quoted: “…” or "…"), a document
 * number (晋政办发〔2015〕122号), a file name, a key or option the author must type (`dossierFormat`,
 * `--max-file-size`), an abbreviation (YAML, UTF-8, SHA-256), and an enumerated value right after its Chinese label,
 * in full-width brackets (`兜底函（backstop-letter）`). What it may not: an enumerated value on its own, or English
 * prose, which shows as two or more Latin words in a row.
 */
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」/g;
const LABELLED_VALUE = /(?<=[\u4e00-\u9fff])（[A-Za-z0-9-]+）/g;
const DOCUMENT_NUMBER = /\S*〔\d{4}〕\S*/g;
const FILE_NAME = /\S+\.(?:pdf|jpe?g|png|tiff?|ya?ml|json|docx?|xlsx?|ofd)\b/gi;
const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9_'-]*/g;
const ENGLISH_RUN = /[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*)+/g;

/** The parts of a Chinese message that are English where Chinese was due; empty when it reads as Chinese. */
export function untranslatedEnglish(message: string, enumValues: ReadonlySet<string>): string[] {
  const rest = message.replace(QUOTED, ' ').replace(LABELLED_VALUE, ' ').replace(DOCUMENT_NUMBER, ' ').replace(FILE_NAME, ' ');
  const found: string[] = [];
  for (const [token] of rest.matchAll(LATIN_TOKEN)) {
    // A one-letter value (house grade C, D) is only ever seen in its label (C级危房).
    if (token.length > 1 && enumValues.has(token)) found.push(`unlabelled value ${token}`);
  }
  for (const [run] of rest.matchAll(ENGLISH_RUN)) found.push(`English words "${run}"`);
  return found;
}

/** What a whole Chinese output (a report, a help page, an error line) may show in Latin letters besides the above. */
export interface LatinAllowance {
  /** Rule ids, as typed into `explain`, `--rule` and waivers. */
  ruleIds: ReadonlySet<string>;
  /** Keys of the dossier and of the reviewer's files, as the author types them. */
  keys: ReadonlySet<string>;
  /** Words the user typed and the output repeats (a misspelt key, a command name). */
  typed?: ReadonlySet<string>;
}

/*
 * Latin text a Chinese output legitimately holds, each a pattern of what the user types or reads as a code: option
 * names (`--max-file-size`, `-o`), commands after the tool's name, data paths (`project.category`,
 * `resettlement.modes[0]`), clause ids (N-4.4), paths and file names, hashes and ids with digits, the date form
 * YYYY-MM-DD, environment variables, abbreviations and units, the value forms of options (I/N, k/m).
 */
const OPTION = /(?<![\w-])--?[a-zA-Z][\w-]*/g;
const COMMAND = /dossier-check(?: (?:check|init|rules|explain|schema|help))?/g;
const CLAUSE_ID = /\bN-\d+(?:\.\d+)*\b/g;
const PATH_LIKE = /[\w.\-\u4e00-\u9fff]*\/[\w./\-\u4e00-\u9fff]*|<stdin>/g;
const WITH_DIGIT = /\b[\w-]*\d[\w-]*\b/g;
const DATA_PATH = /\b[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*|\[\d+\])+/g;
const YAML_TAG = /![\w!-]*/g;
/** A key that is an object's own machinery in JavaScript, which a hostile dossier uses as a key (`__proto__`). */
const DUNDER = /__\w+__/g;
/** Bytes a file format starts with, as its specification writes them (`FF D8 FF`). */
const HEX_BYTES = /(?<![\w-])[0-9A-F]{2}(?: [0-9A-F]{2})+(?![\w-])/g;
const EXTENSION = /(?<![\w.])\.(?:ya?ml|pdf)\b/g;
const FIXED_TERMS = [
  'YYYY-MM-DD',
  'JSON Schema',
  'LC_ALL',
  'LC_MESSAGES',
  'LANG',
  'YAML',
  'JSON',
  'UTF-8',
  'SHA-256',
  'NUL',
  'PPP',
  'BOM',
  'GBK',
  'GB18030',
  'UTF-16LE',
  'UTF-16BE',
  'UTF-16',
  'Windows',
  'iconv',
  'ZIP',
  'PK\\x03\\x04',
  'PDF',
  'MiB',
  'KiB',
  'I/N',
  'k/m',
  'Tab',
  'true',
  'false',
];
/** Names of the report formats and languages: what `--format`, `--lang` and a configuration take. */
const FORMAT_AND_LANGUAGE = /(?<![\w-])(?:text|json|sarif|gitlab|junit|github|markdown|html|zh|en)(?![\w-])/g;
/** A whole command line, as help gives examples: every word of it is what the user types. */
const EXAMPLE_LINE = /^\s*dossier-check \S.*$/gm;

/**
 * Every Latin word of a Chinese output that is neither allowed above nor a value beside its Chinese label: empty
 * when the output reads as Chinese. Stricter than `untranslatedEnglish`: one English word on its own is one too many.
 */
export function latinLeftIn(output: string, allowance: LatinAllowance): string[] {
  // An address first: its path would otherwise read as words.
  let rest = output
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(QUOTED, ' ')
    .replace(DOCUMENT_NUMBER, ' ')
    .replace(FILE_NAME, ' ');
  // A key and its value as the author writes them in the dossier: `product: project-loan`, `kind: a 或 b`.
  rest = rest.replace(/\b([A-Za-z]\w*): ([A-Za-z][\w-]*)((?: 或 [A-Za-z][\w-]*)*)/g, (whole, key: string) => (allowance.keys.has(key) ? ' ' : whole));
  // A value beside its label, either way round: `兜底函（backstop-letter）`, `error（错误）`.
  rest = rest.replace(LABELLED_VALUE, ' ').replace(/[A-Za-z][\w-]*(?=（[^）]*[\u4e00-\u9fff][^）]*）)/g, ' ');
  for (const term of FIXED_TERMS) rest = rest.replaceAll(term, ' ');
  rest = rest
    .replace(EXAMPLE_LINE, ' ')
    .replace(COMMAND, ' ')
    .replace(YAML_TAG, ' ')
    .replace(DUNDER, ' ')
    .replace(HEX_BYTES, ' ')
    .replace(EXTENSION, ' ')
    .replace(OPTION, ' ')
    .replace(CLAUSE_ID, ' ')
    .replace(PATH_LIKE, ' ')
    .replace(DATA_PATH, ' ')
    .replace(WITH_DIGIT, ' ')
    .replace(FORMAT_AND_LANGUAGE, ' ');
  const left: string[] = [];
  for (const [token] of rest.matchAll(/[A-Za-z][A-Za-z_'-]*/g)) {
    if (allowance.ruleIds.has(token) || allowance.keys.has(token) || allowance.typed?.has(token)) continue;
    left.push(token);
  }
  return left;
}

/** Every property name of the dossier schema: the keys an author types. */
export function schemaKeys(): ReadonlySet<string> {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'properties' || key === 'patternProperties') && typeof value === 'object' && value !== null) {
        for (const name of Object.keys(value)) keys.add(name);
      }
      walk(value);
    }
  };
  walk(JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8')));
  return keys;
}
