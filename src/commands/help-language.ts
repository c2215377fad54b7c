import { type Argument, Help, type HelpConfiguration, type Option } from 'commander';
import { t } from '../core/i18n/translate.js';

/** Commander's own headings, each with its translation (a literal t() call, so the extraction finds it). */
const titles: Record<string, () => string> = {
  'Usage:': () => t('Usage:'),
  'Options:': () => t('Options:'),
  'Commands:': () => t('Commands:'),
  'Arguments:': () => t('Arguments:'),
  'Global Options:': () => t('Global Options:'),
};

/** "(choices: …, default: …, env: …)" after an option's or argument's description, in the chosen language. */
function withExtras(description: string, item: Option | Argument): string {
  const extras: string[] = [];
  if (item.argChoices) extras.push(t('choices: {values}', { values: item.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
  const option = 'flags' in item ? item : undefined;
  // As commander decides: an option shows its default only where a value is taken, or a true/false one.
  const showDefault = option ? option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean') : true;
  if (item.defaultValue !== undefined && showDefault) {
    extras.push(t('default: {value}', { value: item.defaultValueDescription ?? JSON.stringify(item.defaultValue) }));
  }
  if (option?.envVar) extras.push(t('env: {name}', { name: option.envVar }));
  return extras.length > 0 ? `${description} (${extras.join(', ')})` : description;
}

/** The usage line's "[options]" and "[command]" are words a reader reads; option names and <values> stay. */
const placeholders = (usage: string) => usage.replace('[options]', t('[options]')).replace('[command]', t('[command]'));

/** Help in the chosen language: headings, the usage line's placeholders, and what follows each description. */
export const translatedHelp: HelpConfiguration = {
  styleTitle: (title) => titles[title]?.() ?? title,
  optionDescription: (option) => withExtras(option.description, option),
  argumentDescription: (argument) => withExtras(argument.description, argument),
  styleUsage: (usage) => placeholders(usage),
  subcommandTerm: (command) => placeholders(Help.prototype.subcommandTerm.call(new Help(), command)),
};

/** Commander's error sentences, matched by their English shape and said again in the chosen language. */
const errors: [RegExp, (m: string[]) => string][] = [
  [/^error: unknown option '(.*)'$/, ([, flag]) => t("error: unknown option '{flag}'", { flag: flag! })],
  [/^error: unknown command '(.*)'$/, ([, name]) => t("error: unknown command '{name}'", { name: name! })],
  [/^error: missing required argument '(.*)'$/, ([, name]) => t("error: missing required argument '{name}'", { name: name! })],
  [/^error: option '(.*)' argument missing$/, ([, flag]) => t("error: option '{flag}' needs a value", { flag: flag! })],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    ([, , expected, got]) => t('error: too many arguments: expected {expected}, got {got}.', { expected: expected!, got: got! }),
  ],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/,
    ([, flag, value, why]) => t("error: option '{flag}' cannot take '{value}': {why}", { flag: flag!, value: value!, why: why! }),
  ],
  [
    /^error: option '(.*)' value '(.*)' from env '(.*)' is invalid\. (.*)$/,
    ([, flag, value, name, why]) =>
      t("error: option '{flag}' cannot take '{value}' from {name}: {why}", { flag: flag!, value: value!, name: name!, why: why! }),
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/,
    ([, value, name, why]) => t("error: '{value}' is not a valid {name}: {why}", { value: value!, name: name!, why: why! }),
  ],
  [/^Allowed choices are (.*)\.$/, ([, values]) => t('Allowed choices are {values}.', { values: values! })],
  [/^\(Did you mean one of (.*)\?\)$/, ([, names]) => t('(Did you mean one of {names}?)', { names: names! })],
  [/^\(Did you mean (.*)\?\)$/, ([, name]) => t('(Did you mean {name}?)', { name: name! })],
];

const translateLine = (line: string): string => {
  for (const [shape, say] of errors) {
    const match = shape.exec(line);
    if (match) return say(match);
  }
  return line;
};

/** A commander error message, line by line; the "Allowed choices" sentence sits inside the invalid-value one. */
export const translateCommanderError = (message: string): string =>
  message
    .split('\n')
    .map((line) => translateLine(line.replace(/Allowed choices are [^.]*\.$/, (sentence) => translateLine(sentence))))
    .join('\n');
