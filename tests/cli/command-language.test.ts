import { describe, expect, it } from 'vitest';
import { commanderErrorText, languageOfArguments } from '../../src/cli/command-language.js';

describe('the language of a run', () => {
  const fromLocale = () => 'en' as const;

  it('is --lang, in either spelling, else the locale', () => {
    expect(languageOfArguments(['check', '--lang', 'zh'], fromLocale)).toBe('zh');
    expect(languageOfArguments(['--lang=zh', 'rules'], fromLocale)).toBe('zh');
    expect(languageOfArguments(['check'], () => 'zh')).toBe('zh');
  });

  it('ignores an invalid --lang (commander rejects it) and anything after --', () => {
    expect(languageOfArguments(['check', '--lang', 'fr'], fromLocale)).toBe('en');
    expect(languageOfArguments(['check', '--', '--lang', 'zh'], fromLocale)).toBe('en');
  });
});

describe("commander's errors", () => {
  it('are put into Chinese by their code, keeping what the user typed', () => {
    expect(commanderErrorText("error: unknown option '--formt'\n(Did you mean --format?)", 'commander.unknownOption', 'zh')).toBe(
      '未知的选项 --formt（是否想写 --format？）',
    );
    expect(
      commanderErrorText(
        "error: option '--fail-on <severity>' argument 'x' is invalid. Allowed choices are error, warning, none.",
        'commander.invalidArgument',
        'zh',
      ),
    ).toBe('选项 --fail-on <severity> 的取值“x”无效，可选：error（错误）、warning（警告）、none（从不因问题失败）');
    expect(commanderErrorText("error: too many arguments for 'explain'. Expected 1 argument but got 2.", 'commander.excessArguments', 'zh')).toBe(
      '参数过多：命令 explain 最多接受 1 个参数，实际给出 2 个',
    );
  });

  it('read as one line in English', () => {
    expect(commanderErrorText("error: unknown option '--formt'\n(Did you mean --format?)", 'commander.unknownOption', 'en')).toBe(
      "unknown option '--formt' (did you mean --format?)",
    );
    expect(commanderErrorText("error: missing required argument 'rule-id'", 'commander.missingArgument', 'en')).toBe("missing required argument 'rule-id'");
  });

  it('of a code not known here say so in Chinese, and pass through in English', () => {
    expect(commanderErrorText('error: something new', 'commander.somethingNew', 'zh')).toBe('命令行有误（commander.somethingNew）');
    expect(commanderErrorText('error: something new', 'commander.somethingNew', 'en')).toBe('something new');
  });
});
