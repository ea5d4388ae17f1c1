import { Command, Help, type Option } from 'commander';
import type { Lang, Localized } from '../engine/types.js';
import { terminalWidth } from '../report/terminal-width.js';

/*
 * Commander writes its own words (the headings of the help, "(choices: …)", "display help for command", its error
 * messages) in English only. A program built here speaks the language it was built in: the language is decided
 * before the program is built (from `--lang` on the command line, else the locale), every command and option gets
 * its description in that language, and commander's own words are replaced below.
 */

/** Commander's own words, in both languages. */
export const COMMANDER_TEXTS = {
  usage: { zh: '用法：', en: 'Usage:' },
  arguments: { zh: '参数：', en: 'Arguments:' },
  options: { zh: '选项：', en: 'Options:' },
  globalOptions: { zh: '全局选项：', en: 'Global Options:' },
  commands: { zh: '命令：', en: 'Commands:' },
  optionsWord: { zh: '[选项]', en: '[options]' },
  commandWord: { zh: '[命令]', en: '[command]' },
  helpCommand: { zh: 'help [命令]', en: 'help [command]' },
  help: { zh: '显示命令的帮助', en: 'display help for command' },
  version: { zh: '显示版本号', en: 'output the version number' },
  choices: { zh: '可选：', en: 'choices: ' },
  default: { zh: '默认：', en: 'default: ' },
  moreHelp: { zh: '（加 --help 查看全部选项）', en: '(add --help for all options)' },
  didYouMean: { zh: '（是否想写 {suggestion}？）', en: ' (did you mean {suggestion}?)' },
  unknownOption: { zh: '未知的选项 {option}', en: "unknown option '{option}'" },
  unknownCommand: { zh: '未知的命令 {command}', en: "unknown command '{command}'" },
  missingArgument: { zh: '缺少必需的参数 {argument}', en: "missing required argument '{argument}'" },
  optionMissingArgument: { zh: '选项 {option} 缺少取值', en: "option '{option}' argument missing" },
  mandatoryOption: { zh: '必须给出选项 {option}', en: "required option '{option}' not specified" },
  conflictingOption: { zh: '选项 {option} 不能与 {other} 同时使用', en: "option '{option}' cannot be used with option '{other}'" },
  excessArguments: {
    zh: '参数过多：{command}最多接受 {expected} 个参数，实际给出 {received} 个',
    en: 'too many arguments{command}: expected {expected}, got {received}',
  },
  excessArgumentsOf: { zh: '命令 {name} ', en: " for '{name}'" },
  invalidChoice: {
    zh: '选项 {option} 的取值“{value}”无效，可选：{choices}',
    en: "option '{option}' argument '{value}' is invalid; allowed choices are {choices}",
  },
  invalidArgument: { zh: '选项或参数的取值无效', en: 'invalid argument' },
  unknownProblem: { zh: '命令行有误（{code}）', en: 'invalid command line ({code})' },
} as const satisfies Record<string, Localized>;

/**
 * Values an option offers, labelled in Chinese where help lists them: `error（错误）`. Format names, language codes
 * and file names are what the user types, and read the same in both languages.
 */
export const CHOICE_LABELS: Readonly<Record<string, Localized>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  none: { zh: '从不因问题失败', en: 'none' },
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  text: { zh: '文本', en: 'text' },
  json: { zh: 'JSON 数据', en: 'JSON' },
};

function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data[name] === undefined ? whole : String(data[name])));
}

/** A value as help and messages show it: `error（错误）` in Chinese, `error` in English. */
export function choiceText(value: string, lang: Lang): string {
  const label = CHOICE_LABELS[value];
  return lang === 'zh' && label ? `${value}（${label.zh}）` : value;
}

function choiceList(values: readonly string[], lang: Lang): string {
  return values.map((value) => choiceText(value, lang)).join(lang === 'zh' ? '、' : ', ');
}

/**
 * Commander's error as the one line this tool prints, in `lang`. Commander words each error in English; the code
 * says which it is, and the English text gives the names (the option, the value) to put into the translation.
 */
export function commanderErrorText(message: string, code: string | undefined, lang: Lang): string {
  const t = (key: keyof typeof COMMANDER_TEXTS, data: Readonly<Record<string, string | number>> = {}) => fill(COMMANDER_TEXTS[key][lang], data);
  // What the user typed may hold any character, line breaks too: patterns match across them, anchored at both ends.
  const whole = message.replace(/^error: /, '');
  const suggestion = /\n\(Did you mean (.+)\?\)\s*$/.exec(whole)?.[1];
  const text = suggestion === undefined ? whole : whole.slice(0, whole.lastIndexOf('\n(Did you mean'));
  const hint = suggestion === undefined ? '' : t('didYouMean', { suggestion });
  const quoted = (pattern: RegExp) => pattern.exec(text) ?? undefined;
  switch (code) {
    case 'commander.unknownOption': {
      const [, option = ''] = quoted(/^unknown option '([\s\S]*)'$/) ?? [];
      return t('unknownOption', { option }) + hint;
    }
    case 'commander.unknownCommand': {
      const [, command = ''] = quoted(/^unknown command '([\s\S]*)'$/) ?? [];
      return t('unknownCommand', { command }) + hint;
    }
    case 'commander.missingArgument': {
      const [, argument = ''] = quoted(/^missing required argument '([\s\S]*)'$/) ?? [];
      return t('missingArgument', { argument });
    }
    case 'commander.optionMissingArgument': {
      const [, option = ''] = quoted(/^option '([\s\S]*)' argument missing$/) ?? [];
      return t('optionMissingArgument', { option });
    }
    case 'commander.missingMandatoryOptionValue': {
      const [, option = ''] = quoted(/^required option '([\s\S]*)' not specified$/) ?? [];
      return t('mandatoryOption', { option });
    }
    case 'commander.conflictingOption': {
      const [, option = '', other = ''] = quoted(/^(?:option|environment variable) '(.*?)' cannot be used with (?:option|environment variable) '(.*?)'/) ?? [];
      return t('conflictingOption', { option, other });
    }
    case 'commander.excessArguments': {
      const [, name, expected = '0', received = '0'] = quoted(/^too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)/) ?? [];
      return t('excessArguments', { command: name === undefined ? '' : t('excessArgumentsOf', { name }), expected, received });
    }
    case 'commander.invalidArgument': {
      const choice = quoted(/^option '([\s\S]*?)' argument '([\s\S]*)' is invalid\. Allowed choices are (.*)\.$/);
      if (!choice) return t('invalidArgument');
      const [, option = '', value = '', allowed = ''] = choice;
      return t('invalidChoice', { option, value, choices: choiceList(allowed.split(/,\s*/), lang) });
    }
    default:
      return lang === 'en' ? text.trim() : t('unknownProblem', { code: code ?? '' });
  }
}

/**
 * A commander program that prints help and errors in `lang`. Subcommands added with `.command()` are of the same
 * kind and inherit the help configuration, so a new command needs only its own texts.
 */
export class LocalizedCommand extends Command {
  constructor(
    name: string | undefined,
    readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalizedCommand(name, this.lang);
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    return super.error(commanderErrorText(message, errorOptions?.code, this.lang), errorOptions);
  }
}

/**
 * The program itself: help headings, the help option and command, `--version`, the usage line and the notes commander
 * adds to an option's description, all in `lang`. Call before adding commands: they copy these settings when created.
 */
export function localizedProgram(name: string, lang: Lang, version: string): LocalizedCommand {
  const program = new LocalizedCommand(name, lang);
  const words = (text: string) =>
    lang === 'en'
      ? text
      : text
          .replaceAll(COMMANDER_TEXTS.optionsWord.en, COMMANDER_TEXTS.optionsWord.zh)
          .replaceAll(COMMANDER_TEXTS.commandWord.en, COMMANDER_TEXTS.commandWord.zh);
  const titles = new Map<string, string>(
    (['usage', 'arguments', 'options', 'globalOptions', 'commands'] as const).map((key) => [COMMANDER_TEXTS[key].en, COMMANDER_TEXTS[key][lang]]),
  );
  const notes = (description: string, choices: readonly string[] | undefined, defaultValue: unknown, shown: boolean) => {
    const extra: string[] = [];
    if (choices) extra.push(`${COMMANDER_TEXTS.choices[lang]}${choiceList(choices, lang)}`);
    // A repeatable option starts from an empty list, which is no default worth showing.
    const empty = Array.isArray(defaultValue) && defaultValue.length === 0;
    if (defaultValue !== undefined && shown && !empty)
      extra.push(`${COMMANDER_TEXTS.default[lang]}${typeof defaultValue === 'string' ? choiceText(defaultValue, lang) : JSON.stringify(defaultValue)}`);
    if (extra.length === 0) return description;
    return lang === 'zh' ? `${description}（${extra.join('；')}）` : `${description} (${extra.join(', ')})`;
  };
  program
    .version(version, '-V, --version', COMMANDER_TEXTS.version[lang])
    .helpOption('-h, --help', COMMANDER_TEXTS.help[lang])
    .helpCommand(COMMANDER_TEXTS.helpCommand[lang], COMMANDER_TEXTS.help[lang])
    .configureHelp({
      styleTitle: (title) => titles.get(title) ?? title,
      // Chinese characters take two columns of the terminal: columns are aligned by what the eye sees.
      displayWidth: (text) => terminalWidth(text),
      commandUsage(command) {
        return words(Help.prototype.commandUsage.call(this, command));
      },
      subcommandTerm(command) {
        return words(Help.prototype.subcommandTerm.call(this, command));
      },
      optionDescription: (option: Option) =>
        notes(option.description, option.argChoices, option.defaultValue, option.required || option.optional || typeof option.defaultValue === 'boolean'),
      argumentDescription: (argument) => notes(argument.description, argument.argChoices, argument.defaultValue, true),
    });
  return program;
}

/** `用法：dossier-check check [选项] [路径...]` and where to find more, printed after a usage error. */
export function usageHint(command: Command, lang: Lang): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  const usage = command
    .usage()
    .replaceAll(COMMANDER_TEXTS.optionsWord.en, COMMANDER_TEXTS.optionsWord[lang])
    .replaceAll(COMMANDER_TEXTS.commandWord.en, COMMANDER_TEXTS.commandWord[lang]);
  return `${COMMANDER_TEXTS.usage[lang]}${lang === 'zh' ? '' : ' '}${names.join(' ')} ${usage}\n${COMMANDER_TEXTS.moreHelp[lang]}`;
}

/**
 * The language of the run's messages and help, decided before the program is built: `--lang zh|en` (or
 * `--lang=zh`) anywhere before `--`, else the locale. An invalid `--lang` is left for commander to reject, in the
 * locale's language.
 */
export function languageOfArguments(argv: readonly string[], fromEnvironment: () => Lang): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  return fromEnvironment();
}
