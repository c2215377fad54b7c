import { type Command, Option } from 'commander';
import { t } from '../core/i18n/translate.js';
import { checkNote, examples } from './help.js';
import { answersOption, type ContextFor, emergencyOption, wholeNumber } from './options.js';

export function addSafetyCommands(program: Command, context: ContextFor): void {
  program
    .command('check')
    .description(t('the full safety check: whether to see a professional, and how urgently'))
    .option('--questions', t('list the questions instead of asking them'))
    .addOption(answersOption())
    .addOption(emergencyOption())
    .option('--json', t('print the result as JSON'))
    .addHelpText(
      'after',
      examples(['limber check', 'limber check --questions --json', 'limber check --answers answers.json --json'], {
        note: checkNote(),
        disclaimer: true,
      }),
    )
    .action(async (options) => (await import('./check.js')).checkCommand(await context(), options));

  program
    .command('profile')
    .description(t('your health profile: what the full check keeps and every session applies'))
    .option('--json', t('print the profile as JSON'))
    .option('--seen-professional [date]', t('record that a professional has seen you (today, or YYYY-MM-DD); lifts a standing result'))
    .option('--forget', t('remove the profile (asks first); the next session starts with the full check'))
    .option('--yes', t('with --forget: do not ask'))
    .addHelpText(
      'after',
      examples([
        'limber profile',
        'limber profile --seen-professional',
        'limber profile --seen-professional 2026-11-20',
        'limber profile --forget --yes',
      ]),
    )
    .action(async (options) => (await import('./profile.js')).profileCommand(await context(), options));
}

const sessionOptions = (command: Command) =>
  command
    .addOption(answersOption())
    .addOption(emergencyOption())
    .option('--json', t('print NDJSON events, one per line, instead of the live display'))
    .option('--dry-run', t('print the whole timed plan without waiting'))
    .option('--no-bell', t('no terminal bell at each step'))
    .option('--no-figures', t('no moving figure beside the cue'))
    .option('--voice', t('speak each cue and count down the end of each hold (espeak-ng, spd-say, say or Windows speech)'))
    .option('--no-voice', t('no voice, even if config.json turns it on'))
    .option('--plain', t('one line per cue: no redraws, no animation, no figures (for screen readers; also LIMBER_PLAIN=1)'));

export function addSessionCommands(program: Command, context: ContextFor): void {
  sessionOptions(
    program
      .command('run')
      .description(t('run one or more techniques, or a routine, guided step by step'))
      .argument('<id...>', t('technique or routine ids (see limber list)')),
  )
    .addHelpText(
      'after',
      examples(
        [
          'limber run wall-angel',
          'limber run shoulder-rolls chair-twist',
          'limber run desk-break --dry-run',
          'limber run cat-cow --answers answers.json --json',
        ],
        {
          keys: true,
          disclaimer: true,
        },
      ),
    )
    .action(async (ids: string[], options) => (await import('./session/commands.js')).runCommand(await context(), ids, options));

  sessionOptions(
    program
      .command('break')
      .description(t('a quick desk break: chair and standing moves, no equipment, fitted to a few minutes'))
      .addOption(
        new Option('--minutes <n>', t('length of the break, 1-15 (default: 3, or breakMinutes in config.json)')).argParser(
          wholeNumber(1, 15, 'minutes'),
        ),
      ),
  )
    .addHelpText('after', examples(['limber break', 'limber break --minutes 5', 'limber break --dry-run'], { keys: true, disclaimer: true }))
    .action(async (options) => (await import('./session/commands.js')).breakCommand(await context(), options));
}
