/**
 * `limber break` without commander: the main job, and what `npm start` runs. Its switches, `--answers
 * <file|->` and `--minutes <1-15>` are read here into exactly the options commander would give (a test
 * compares the two); anything else, a repeated or contradictory switch, `--opt=value`, or a set
 * LIMBER_EMERGENCY_NUMBER (commander checks it), goes to commander as always.
 */
import type { BreakOptions } from './session/commands.js';

const switches: Readonly<Record<string, Partial<BreakOptions>>> = {
  '--json': { json: true },
  '--dry-run': { dryRun: true },
  '--no-bell': { bell: false },
  '--no-figures': { figures: false },
  '--voice': { voice: true },
  '--no-voice': { voice: false },
  '--plain': { plain: true },
};

/** The value after an option that takes one: present, and not another option (`-` is stdin). */
const valueAt = (words: readonly string[], at: number): string | undefined => {
  const value = words[at];
  return value === undefined || (value.startsWith('-') && value !== '-') ? undefined : value;
};

/** The options for `break <rest>`, or undefined when commander should parse the line. */
export function fastBreakOptions(rest: readonly string[], env: NodeJS.ProcessEnv): BreakOptions | undefined {
  if (env.LIMBER_EMERGENCY_NUMBER !== undefined) return undefined;
  const options: BreakOptions = { bell: true, figures: true };
  const seen = new Set<string>();
  for (let at = 0; at < rest.length; at++) {
    const word = rest[at]!;
    if (seen.has(word)) return undefined;
    seen.add(word);
    if (word === '--answers' || word === '--minutes') {
      const value = valueAt(rest, ++at);
      if (value === undefined) return undefined;
      if (word === '--answers') options.answers = value;
      else if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 15) options.minutes = Number(value);
      else return undefined;
      continue;
    }
    const set = switches[word];
    if (!set) return undefined;
    Object.assign(options, set);
  }
  return seen.has('--voice') && seen.has('--no-voice') ? undefined : options;
}
