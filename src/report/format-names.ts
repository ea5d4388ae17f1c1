/**
 * The names of the report and catalogue formats, kept apart from the formatters so that reading the command line
 * does not load them: a formatter is imported only once a run knows it needs it.
 */
export const FORMAT_NAMES = ['text', 'json', 'sarif', 'gitlab', 'junit', 'github', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const RULE_CATALOGUE_FORMATS = ['text', 'json'] as const;
export type RuleCatalogueFormat = (typeof RULE_CATALOGUE_FORMATS)[number];
