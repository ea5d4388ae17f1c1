/**
 * The default `--max-file-size`: far above any real dossier, far below what would exhaust memory. In a module of its
 * own so that reading files (and the result cache) does not load the engine and its rules.
 */
export const DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024;
