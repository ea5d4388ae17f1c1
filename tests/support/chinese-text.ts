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
