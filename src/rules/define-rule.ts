import type { Dossier, DossierDocument } from '../dossier/types.js';
import type { CheckLineId } from '../notice/check-lines.js';
import type { NationalBasis } from '../notice/basis.js';
import type { ClauseId } from '../notice/clauses.js';
import type { ModalWord } from '../notice/modal-words.js';
import type { ParameterName, ParameterValue, ParameterValueOf } from '../notice/parameters.js';
import type { MessageData } from '../engine/messages.js';
import type { EvidenceContent } from '../engine/evidence-content.js';
import type { DataPath, Localized, Severity } from '../engine/types.js';

/** What a rule knows besides the dossier: the date it judges on, the parameters then in force, the documents. */
export interface RuleContext {
  asOf: string;
  documentsById: ReadonlyMap<string, { document: DossierDocument; index: number }>;
  /** The value of a time-dependent parameter in force on the as-of date. */
  parameter<N extends ParameterName>(name: N): ParameterValueOf<N> | undefined;
  /**
   * The whole row of a parameter in force on another date (the date of the terms, an issue date): value, source,
   * status, local minimum. Rules read it here, not from the table, so the reviewer's configured values apply.
   */
  parameterAt<N extends ParameterName>(name: N, date: string): ParameterValue<ParameterValueOf<N>> | undefined;
  /** Reads an evidence file named by the dossier; absent when the dossier has no folder (standard input). */
  evidence?: (relativePath: string) => EvidenceFile;
}

/**
 * An evidence file as read: its SHA-256 and what its magic bytes say it is (read in the same pass), or why it could
 * not be read. A reason is in both languages: it fills the message of a finding. `text` is there only for a PDF,
 * and only when the run read PDF text (the command line, `checkSourcesAsync`); the synchronous API leaves it out.
 */
export type EvidenceFile = { ok: true; sha256: string; content: EvidenceContent; text?: EvidenceText } | { ok: false; reason: Localized };

/**
 * The text layer of an evidence PDF: the text of the pages read (`pagesRead` of `pages`), or why the file cannot be
 * verified from its text (no text layer, as a scan; it did not parse; it is too large or took too long to read).
 */
export type EvidenceText = { kind: 'text'; text: string; pages: number; pagesRead: number } | { kind: 'unverifiable'; reason: Localized };

/** A rule says what is wrong and where (a data path); the engine turns the path into a line and column. */
export interface RuleReport<MessageId extends string = string> {
  messageId: MessageId;
  /** Fills the message's placeholders; a `Localized` value fills each language's template with its own text. */
  data?: MessageData;
  path: DataPath;
  checklistItems?: readonly string[];
}

/** The sentence a dossier rule rests on, so a reader can check its severity against the text. */
export interface RuleRests {
  /** Verbatim Chinese: a sentence (or clause of one) of the notice, or of the national document of `basis`. */
  quote: string;
  /** The modal word of the quote (see `src/notice/modal-words.ts`); its class bounds the severity. */
  modal: ModalWord;
  /**
   * Set when the check is this project's own reading (a keyword list, a heuristic): what is read and why the rule
   * therefore only warns.
   */
  reading?: Localized;
}

export interface RuleMeta<MessageId extends string = string> {
  /** Kebab-case; equals the file name. */
  id: string;
  severity: Severity;
  /** The notice clause a finding cites; absent for the tool's own input checks, which cite none. */
  clause?: ClauseId;
  /** The sentence the rule rests on; every dossier rule has one, input rules none. */
  rests?: RuleRests;
  title: Localized;
  /** What is checked, in both languages. */
  description: Localized;
  /** How to fix a finding. */
  fix: Localized;
  /** Message templates; `{name}` is replaced by `data.name` (its `zh` or `en` text when it is `Localized`). */
  messages: Readonly<Record<MessageId, Localized>>;
  /**
   * Messages reported below the rule's severity: a judgment that rests on a `reported` parameter value, or on
   * something the text only permits, is a warning even in an error rule; what cannot be verified at all is
   * `information`. Only downwards: a warning rule has no error messages.
   */
  messageSeverity?: Readonly<Partial<Record<NoInfer<MessageId>, 'warning' | 'information'>>>;
  /** The "→ check" lines of CLAUSES.md this rule implements, by id (see `src/notice/check-lines.ts`). */
  covers: readonly CheckLineId[];
  /** A dossier excerpt that passes and one that fails, for `explain` and the rule's page. */
  examples: { pass: string; fail: string };
  /** For rules whose obligation comes from a national document (RELATED.md): document, article, date, status. */
  basis?: NationalBasis;
  /** The rule runs only when this parameter has a value in force on the as-of date (see `parameters.ts`). */
  appliesWhen?: ParameterName;
}

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  /** Pure: the same dossier and context always give the same reports. */
  check(dossier: Dossier, context: RuleContext): Iterable<RuleReport<MessageId>>;
}

/** The meta of a rule on the dossier's content: it cites a notice clause and the sentence it rests on. */
export type DossierRuleMeta<MessageId extends string = string> = RuleMeta<MessageId> & { clause: ClauseId; rests: RuleRests };

/** A rule on the dossier's content. */
export interface DossierRule<MessageId extends string = string> extends Rule<MessageId> {
  meta: DossierRuleMeta<MessageId>;
}

export function defineRule<const MessageId extends string>(rule: DossierRule<MessageId>): DossierRule<MessageId> {
  return rule;
}

/**
 * Rules whose findings the engine itself produces while reading and validating a dossier. They are the tool's
 * own checks of its input, so they cite no notice clause and rest on no sentence.
 */
export function defineInputRule<const MessageId extends string>(meta: Omit<RuleMeta<MessageId>, 'clause' | 'rests' | 'basis'>): Rule<MessageId> {
  return { meta, check: () => [] };
}
