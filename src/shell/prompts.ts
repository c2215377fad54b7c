/**
 * Every question limber asks goes through this module, so tests mock one place and the rules live in one
 * place: no default answers (a stray Enter never answers a safety question), colours that follow NO_COLOR,
 * and Ctrl-C turned into Interrupted (exit 130) after Inquirer has restored the terminal.
 */
import { createPrompt, isEnterKey, type KeypressEvent, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';
import select from '@inquirer/select';
import type { ChalkInstance } from 'chalk';
import { t } from '../core/i18n/translate.js';
import { wrapText } from '../view/text.js';
import { Interrupted } from './errors.js';
import type { InStream, OutStream } from './io.js';

export interface PromptStreams {
  input: InStream;
  output: OutStream;
}

const themeFor = (c: ChalkInstance) => ({
  prefix: { idle: c.blue('?'), done: c.green('✔') },
  style: {
    answer: (t: string) => c.cyan(t),
    message: (t: string) => c.bold(t),
    error: (t: string) => c.red(`> ${t}`),
    help: (t: string) => c.dim(t),
    highlight: (t: string) => c.cyan(t),
    key: (t: string) => c.cyan(t),
    description: (t: string) => c.dim(t),
    disabled: (t: string) => c.dim(t),
    keysHelpTip: (keys: [string, string][]) => keys.map(([k, a]) => `${c.bold(k)} ${c.dim(a)}`).join(c.dim(' • ')),
  },
});

interface KeyPromptConfig {
  message: string;
  theme: ReturnType<typeof themeFor>;
}

/** Yes or no with a single keypress of y or n. Enter alone does nothing: there is no default. */
const yesNoPrompt = createPrompt<boolean, KeyPromptConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [answer, setAnswer] = useState<boolean | undefined>(undefined);
  const [hint, setHint] = useState(false);
  const theme = makeTheme(config.theme);
  const prefix = usePrefix({ status, theme });
  useKeypress((key: KeypressEvent) => {
    if (status !== 'idle') return;
    // y always means yes; the language's own yes key too (j, s), shown in the hint. n is no in all three.
    const yes = key.name === 'y' || key.name === t('y');
    if (yes || key.name === 'n') {
      const value = yes;
      setAnswer(value);
      setStatus('done');
      done(value);
    } else {
      setHint(true);
    }
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(answer ? t('yes') : t('no'))}`;
  return [`${prefix} ${message} ${theme.style.help(t('(y/n)'))}`, hint ? theme.style.error(t('press y for yes or n for no')) : undefined];
});

/** A whole number 0-10, typed and confirmed with Enter; no default. */
const scalePrompt = createPrompt<number, KeyPromptConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const theme = makeTheme(config.theme);
  const prefix = usePrefix({ status, theme });
  useKeypress((key: KeypressEvent, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const n = Number(value.trim());
      if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 10) {
        rl.write(value);
        setError(t('type a whole number from 0 to 10, then Enter'));
        return;
      }
      setStatus('done');
      done(n);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(`${value.trim()}/10`)}`;
  return [`${prefix} ${message} ${theme.style.help('(0-10)')} ${value}`, error ? theme.style.error(error) : undefined];
});

/** The select prompt's key line ("↑↓ navigate • ⏎ select") in the chosen language. */
const keyActions: Record<string, () => string> = { navigate: () => t('navigate'), select: () => t('select') };
const keysTip = (c: ChalkInstance) => (keys: [string, string][]) =>
  keys.map(([key, action]) => `${c.bold(key)} ${c.dim(keyActions[action]?.() ?? action)}`).join(c.dim(' • '));

async function guarded<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new Interrupted(t('Interrupted. Nothing was recorded as answered.'));
    }
    throw error;
  }
}

export interface Prompter {
  yesNo(message: string): Promise<boolean>;
  scale(message: string): Promise<number>;
  choose<T extends string>(message: string, choices: readonly { value: T; name: string }[]): Promise<T>;
}

/** A prompter bound to streams and a colour level. */
export function createPrompter(streams: PromptStreams, c: ChalkInstance): Prompter {
  const theme = themeFor(c);
  // Long questions wrap at word boundaries rather than mid-word at the terminal's edge (room left for "? " and "(y/n)").
  const wrapped = (message: string) => wrapText(message, Math.max(30, (streams.output.columns ?? 80) - 10));
  const output = streams.output.nodeStream?.() ?? streams.output;
  const context = { input: streams.input as NodeJS.ReadableStream, output: output as NodeJS.WritableStream };
  return {
    yesNo: (message) => guarded(yesNoPrompt({ message: wrapped(message), theme }, context)),
    scale: (message) => guarded(scalePrompt({ message: wrapped(message), theme }, context)),
    choose: (message, choices) =>
      guarded(
        select(
          { message: wrapped(message), choices: [...choices], theme: { ...theme, style: { ...theme.style, keysHelpTip: keysTip(c) } } },
          context,
        ),
      ),
  };
}
