/**
 * The most findings one rule lists for one dossier. A hostile dossier can make a rule report hundreds of thousands
 * of times; past this many, the rest are counted in one last finding of the rule (`MORE_FINDINGS_MESSAGE_ID`).
 */
export const MAX_FINDINGS_PER_RULE = 100;
