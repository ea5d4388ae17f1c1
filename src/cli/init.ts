import type { Command } from 'commander';
import type { Lang, Localized } from '../engine/types.js';
import { UsageError } from './errors.js';
import { type Choice, EXAMPLE_FILE, schemaChoices } from './init-choices.js';
import type { CliIo } from './io.js';
import type { InitFlags } from './write-dossier.js';

// `init` as the program declares it: its texts, options and help. What it writes is imported when it runs.

const DEFAULT_FILE = 'dossier.yaml';

/** Every text of the command, in both languages. */
export const INIT_TEXTS = {
  description: {
    zh: '写出一份带注释的资料骨架（按项目类别和安置方式），或写出随附的示例资料',
    en: 'write a commented dossier skeleton for a project category and resettlement modes, or the shipped example dossier',
  },
  file: { zh: `要写出的文件（默认 ${DEFAULT_FILE}）；"-" 写到标准输出`, en: `the file to write (default: ${DEFAULT_FILE}); "-" writes to standard output` },
  category: { zh: '项目类别（见下方可选值）', en: 'project category (choices below)' },
  mode: {
    zh: '安置方式，可重复或用逗号分隔（见下方可选值）；农村危房和配套基础设施项目可省略',
    en: 'resettlement mode, repeatable or comma-separated (choices below); may be left out for rural dilapidated housing and supporting infrastructure',
  },
  example: { zh: '写出随附的示例资料（一份通过检查的资料），而不是骨架', en: 'write the shipped example dossier (one that passes), not a skeleton' },
  lang: { zh: '提示语言', en: 'language of the messages' },
  fileArgument: { zh: '[文件]', en: '[file]' },
  categoryFlags: { zh: '--category <类别>', en: '--category <category>' },
  modeFlags: { zh: '--mode <安置方式>', en: '--mode <mode>' },
  langFlags: { zh: '--lang <语言>', en: '--lang <lang>' },
  categories: { zh: '项目类别（--category）：', en: 'Project categories (--category):' },
  modes: { zh: '安置方式（--mode）：', en: 'Resettlement modes (--mode):' },
  examples: {
    zh: '示例：\n  dossier-check init --category shantytown --mode built-housing\n  dossier-check init 御河西.yaml --category urban-village --mode monetized,built-housing\n  dossier-check init --example 示例.yaml',
    en: 'Examples:\n  dossier-check init --category shantytown --mode built-housing\n  dossier-check init yuhexi.yaml --category urban-village --mode monetized,built-housing\n  dossier-check init --example example.yaml',
  },
} as const satisfies Record<string, Localized>;

function choicesHelp(lang: Lang): string {
  const { categories, modes } = schemaChoices();
  // In Chinese a value stands beside its label, as every message shows one: `shantytown（城镇棚户区）`.
  const line = (c: Choice) => (lang === 'zh' ? `  ${c.value}（${c.label.zh}）` : `  ${c.value.padEnd(28)}${c.label.en}`);
  const block = (title: Localized, choices: readonly Choice[]) => [title[lang], ...choices.map(line)];
  return ['', ...block(INIT_TEXTS.categories, categories), '', ...block(INIT_TEXTS.modes, modes), '', INIT_TEXTS.examples[lang]].join('\n');
}

/**
 * Adds `init` to the program. `lang` is the language of its help; its messages follow `--lang`, else the locale.
 * `done` receives the exit code.
 */
export function addInitCommand(program: Command, io: CliIo, lang: Lang, done: (code: number) => void): void {
  program
    .command('init')
    .description(INIT_TEXTS.description[lang])
    .argument(INIT_TEXTS.fileArgument[lang], INIT_TEXTS.file[lang])
    .option(INIT_TEXTS.categoryFlags[lang], INIT_TEXTS.category[lang])
    .option(INIT_TEXTS.modeFlags[lang], INIT_TEXTS.mode[lang], (value: string, previous: string[] = []) => [
      ...previous,
      ...value.split(',').map((part) => part.trim()),
    ])
    .option('--example', INIT_TEXTS.example[lang])
    .option(INIT_TEXTS.langFlags[lang], INIT_TEXTS.lang[lang])
    .addHelpText('after', () => choicesHelp(lang))
    .action(async (file: string | undefined, flags: InitFlags) => {
      const { runInit } = await import('./write-dossier.js');
      done(await runInit(file ?? DEFAULT_FILE, flags, io));
    });
}

/** `check --example`: the shipped example, and nothing else. */
export function examplePaths(paths: readonly string[]): string[] {
  if (paths.length > 0) {
    throw new UsageError({ zh: '--example 检查随附的示例资料，不能同时指定文件', en: '--example checks the shipped example dossier and takes no paths' });
  }
  return [EXAMPLE_FILE];
}
