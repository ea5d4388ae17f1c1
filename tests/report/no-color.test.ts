import { backgroundColors, Chalk, foregroundColors, modifiers } from 'chalk';
import { describe, expect, it } from 'vitest';
import { NO_COLOR, NO_COLOR_STYLES } from '../../src/report/no-color.js';

const chalk = new Chalk({ level: 0 });
const calls: readonly (readonly unknown[])[] = [['text'], [''], ['a', 'b', 3], [42], []];

describe('formatting without colour, without loading chalk', () => {
  it('knows every style chalk has', () => {
    expect([...NO_COLOR_STYLES].sort()).toEqual([...modifiers, ...foregroundColors, ...backgroundColors].sort());
  });

  it.each(NO_COLOR_STYLES)('writes what chalk without colour writes: %s, alone and chained', (name) => {
    const style = (instance: typeof chalk) => instance[name as keyof typeof chalk] as typeof chalk;
    for (const parts of calls) {
      expect(style(NO_COLOR)(...parts)).toBe(style(chalk)(...parts));
      expect(style(NO_COLOR).bold.red(...parts)).toBe(style(chalk).bold.red(...parts));
      expect(style(NO_COLOR).visible(...parts)).toBe(style(chalk).visible(...parts));
      expect(NO_COLOR.visible[name as 'red'](...parts)).toBe(chalk.visible[name as 'red'](...parts));
    }
  });

  it('writes what chalk without colour writes for a colour given by value, and as a plain call', () => {
    for (const parts of calls) {
      expect(NO_COLOR(...parts)).toBe(chalk(...parts));
      expect(NO_COLOR.rgb(1, 2, 3).hex('#fff').ansi256(9)(...parts)).toBe(chalk.rgb(1, 2, 3).hex('#fff').ansi256(9)(...parts));
      expect(
        NO_COLOR.bgRgb(1, 2, 3)
          .bgHex('#fff')
          .bgAnsi256(9)
          .dim(...parts),
      ).toBe(
        chalk
          .bgRgb(1, 2, 3)
          .bgHex('#fff')
          .bgAnsi256(9)
          .dim(...parts),
      );
      expect(NO_COLOR.visible.rgb(1, 2, 3)(...parts)).toBe(chalk.visible.rgb(1, 2, 3)(...parts));
    }
    expect(NO_COLOR.level).toBe(0);
  });

  it('is no promise: it can be the value of an async function', async () => {
    expect(await Promise.resolve(NO_COLOR)).toBe(NO_COLOR);
  });
});
