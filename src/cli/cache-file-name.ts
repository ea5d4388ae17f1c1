/**
 * The cache file's name in the working folder, or in the folder `--cache-location` names (ESLint: `.eslintcache`).
 * A module of its own: the help of `check` names it, and that must not load the cache.
 */
export const CACHE_FILE_NAME = '.dossier-check-cache';
