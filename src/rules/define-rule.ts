import type { Dossier, DossierDocument } from '../dossier/types.js';
import type { ClauseId } from '../notice/clauses.js';
import type { DataPath, Localized, Severity } from '../engine/types.js';

/** What a rule knows besides the dossier: the date it judges on and an index of the documents. */
export interface RuleContext {
  asOf: string;
  documentsById: ReadonlyMap<string, { document: DossierDocument; index: number }>;
}

/** A rule says what is wrong and where (a data path); the engine turns the path into a line and column. */
export interface RuleReport<MessageId extends string = string> {
  messageId: MessageId;
  data?: Readonly<Record<string, string | number>>;
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
  /** Message templates; `{name}` is replaced by `data.name`. */
  messages: Readonly<Record<MessageId, Localized>>;
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
