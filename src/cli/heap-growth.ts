/**
 * A batch keeps little alive (one dossier's work at a time: under 20 MB after 10,000 dossiers), but V8 by default lets
 * the heap grow to up to four times what is alive before it collects, so a long run's peak memory kept rising with
 * its length. Growth fixed at 20% keeps it flat; the collections it adds are short, as little is alive.
 *
 * The setting is process-wide (worker threads started later have it too), so only the command line makes it, for the
 * process it owns, never the library. A run of one file has no use for it and does not load `node:v8` for it.
 */
export function boundHeapGrowth(files: number): void {
  if (files < 2) return;
  process.getBuiltinModule('node:v8').setFlagsFromString('--heap-growing-percent=20');
}
