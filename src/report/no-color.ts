import type { ChalkInstance } from 'chalk';

/**
 * What chalk at colour level 0 does, without loading chalk: every style leaves the text as it is, so a report that is
 * piped, written to a file or asked for without colour does not pay for chalk's start (its styles, and the terminal
 * and environment it inspects) at every run.
 *
 * As chalk, the styles chain (`color.green.bold`), a call joins its arguments with spaces, and once `visible` is in
 * the chain (text meant only for a terminal with colour) the result is empty.
 */
const MODIFIERS = ['reset', 'bold', 'dim', 'italic', 'underline', 'overline', 'inverse', 'hidden', 'strikethrough'] as const;
const COLORS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'] as const;
const FOREGROUNDS = [...COLORS, ...COLORS.map((name) => `${name}Bright` as const), 'gray', 'grey'] as const;
const BACKGROUNDS = FOREGROUNDS.map((name) => `bg${name[0]!.toUpperCase()}${name.slice(1)}`);
const STYLE_METHODS = ['rgb', 'hex', 'ansi256', 'bgRgb', 'bgHex', 'bgAnsi256'] as const;

/** The style names chalk gives an instance, to be compared with chalk's own lists. */
export const NO_COLOR_STYLES: readonly string[] = [...MODIFIERS, ...FOREGROUNDS, ...BACKGROUNDS];

function styled(render: (parts: unknown[]) => string): ChalkInstance {
  return Object.assign((...parts: unknown[]) => render(parts), { level: 0 }) as unknown as ChalkInstance;
}

const plain = styled((parts) => (parts.length === 1 ? String(parts[0]) : parts.join(' ')));
const empty = styled(() => '');

for (const [builder, visible] of [
  [plain, empty],
  [empty, empty],
] as const) {
  const itself = { get: () => builder };
  Object.defineProperties(builder, Object.fromEntries(NO_COLOR_STYLES.map((name) => [name, itself])));
  Object.defineProperty(builder, 'visible', { get: () => visible });
  for (const method of STYLE_METHODS) Object.defineProperty(builder, method, { value: () => builder });
}

/** A chalk instance of colour level 0, for formatting without colour. */
export const NO_COLOR: ChalkInstance = plain;
