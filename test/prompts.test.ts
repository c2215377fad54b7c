import { render } from '@inquirer/testing';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createPrompter } from '../src/shell/prompts.js';

/**
 * The prompt module's own prompts, rendered in-process. `render` passes fake streams; the prompter is built
 * with them through the module's public factory, so what is tested is what the screen uses.
 */
/** @inquirer/testing renders a prompt function; wrap one prompter method as such a function. */
function asPrompt<T>(ask: (p: ReturnType<typeof createPrompter>, message: string) => Promise<T>) {
  return (config: { message: string }, context?: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream }) =>
    ask(createPrompter({ input: context!.input as never, output: context!.output as never }, new Chalk({ level: 0 })), config.message);
}

describe('yes/no prompt', () => {
  it('answers with a single key, no Enter needed', async () => {
    const { answer, events, getScreen } = await render(
      asPrompt((p, m) => p.yesNo(m)),
      { message: 'Tingling?' },
    );
    expect(getScreen()).toContain('Tingling? (y/n)');
    events.keypress('y');
    await expect(answer).resolves.toBe(true);
  });

  it('has no default: Enter alone does not answer', async () => {
    const { answer, events, getScreen } = await render(
      asPrompt((p, m) => p.yesNo(m)),
      { message: 'Chest pain?' },
    );
    events.keypress('enter');
    expect(getScreen()).toContain('press y for yes or n for no');
    events.keypress('n');
    await expect(answer).resolves.toBe(false);
  });
});

describe('pain scale prompt', () => {
  it('takes a whole number 0-10', async () => {
    const { answer, events } = await render(
      asPrompt((p, m) => p.scale(m)),
      { message: 'Pain now?' },
    );
    events.type('7');
    events.keypress('enter');
    await expect(answer).resolves.toBe(7);
  });

  it.each(['', '11', 'x'])('refuses %j and keeps asking', async (typed) => {
    const { answer, events, getScreen } = await render(
      asPrompt((p, m) => p.scale(m)),
      { message: 'Pain now?' },
    );
    if (typed) events.type(typed);
    events.keypress('enter');
    expect(getScreen()).toContain('type a whole number from 0 to 10');
    for (let i = 0; i < typed.length; i++) events.keypress('backspace');
    events.type('3');
    events.keypress('enter');
    await expect(answer).resolves.toBe(3);
  });
});

describe('Ctrl-C', () => {
  it('becomes Interrupted (exit 130) with nothing recorded', async () => {
    const { answer, events } = await render(
      asPrompt((p, m) => p.yesNo(m)),
      { message: 'Tingling?' },
    );
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toMatchObject({ exitCode: 130, message: expect.stringContaining('Nothing was recorded') });
  });
});
