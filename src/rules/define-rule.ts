import type { Dossier, DossierDocument } from '../dossier/types.js';
import type { CheckLineId } from '../notice/check-lines.js';
import type { ClauseId } from '../notice/clauses.js';
import type { ParameterName, ParameterValueOf } from '../notice/parameters.js';
import type { MessageData } from '../engine/messages.js';
import type { DataPath, Localized, Severity } from '../engine/types.js';

/** What a rule knows besides the dossier: the date it judges on, the parameters then in force, the documents. */
export interface RuleContext {
  asOf: string;
  documentsById: ReadonlyMap<string, { document: DossierDocument; index: number }>;
  /** The value of a time-dependent parameter in force on the as-of date. */
  parameter<N extends ParameterName>(name: N): ParameterValueOf<N> | undefined;
  /** Reads an evidence file named by the dossier; absent when the dossier has no folder (standard input). */
  evidence?: (relativePath: string) => EvidenceFile;
}

/** A reason is in both languages: it fills the message of a finding. */
export type EvidenceFile = { ok: true; sha256: string } | { ok: false; reason: Localized };

/** A rule says what is wrong and where (a data path); the engine turns the path into a line and column. */
export interface RuleReport<MessageId extends string = string> {
  messageId: MessageId;
  /** Fills the message's placeholders; a `Localized` value fills each language's template with its own text. */
  data?: MessageData;
  path: DataPath;
  checklistItems?: readonly string[];
}

export interface RuleMeta<MessageId extends string = string> {
  /** Kebab-case; equals the file name. */
  id: string;
  severity: Severity;
  clause: ClauseId;
  title: Localized;
  /** What is checked, in both languages. */
  description: Localized;
  /** How to fix a finding. */
  fix: Localized;
  /** Message templates; `{name}` is replaced by `data.name` (its `zh` or `en` text when it is `Localized`). */
  messages: Readonly<Record<MessageId, Localized>>;
  /** The "→ check" lines of CLAUSES.md this rule implements, by id (see `src/notice/check-lines.ts`). */
  covers: readonly CheckLineId[];
  /** A dossier excerpt that passes and one that fails, for `explain` and the rule's page. */
  examples: { pass: string; fail: string };
  /** For rules from national documents (RELATED.md): the document, its effective date, verified or reported. */
  basis?: { document: string; effective: string; status: 'verified' | 'reported' };
  /** The rule runs only when this parameter has a value in force on the as-of date (see `parameters.ts`). */
  appliesWhen?: ParameterName;
}

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  /** Pure: the same dossier and context always give the same reports. */
  check(dossier: Dossier, context: RuleContext): Iterable<RuleReport<MessageId>>;
}

export function defineRule<const MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}

/** Rules whose findings the engine itself produces while reading and validating a dossier. */
export function defineInputRule<const MessageId extends string>(meta: RuleMeta<MessageId>): Rule<MessageId> {
  return { meta, check: () => [] };
}
