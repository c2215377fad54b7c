import type { Command, Option } from 'commander';
import { t } from '../core/i18n/translate.js';
import { loadCatalog } from '../shell/catalog-source.js';
import type { CommandContext } from '../shell/context.js';
import { UsageError } from '../shell/errors.js';

/** What a word after an option or command completes to. */
type Completes = { kind: 'none' } | { kind: 'file' } | { kind: 'id' } | { kind: 'words'; words: string[] };

interface CommandSpec {
  name: string;
  options: string[];
  argument: Completes;
}

/** What the scripts offer, read from the commander program itself, so a new command or option is never missed. */
export interface CompletionSpec {
  commands: CommandSpec[];
  globalOptions: string[];
  /** Options that take a value, and what that value completes to. */
  values: Map<string, Completes>;
}

/** By the placeholder's name: `<file>`, `<file|->` a file; `<id>`, `<id...>` a catalog id; choices their words. */
const completesFor = (name: string, choices: readonly string[] | undefined): Completes =>
  choices ? { kind: 'words', words: [...choices] } : /^file/.test(name) ? { kind: 'file' } : /^id/.test(name) ? { kind: 'id' } : { kind: 'none' };

const placeholder = (option: Option) => /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1] ?? '';

export function completionSpec(program: Command): CompletionSpec {
  const values = new Map<string, Completes>();
  const longs = (options: readonly Option[]) =>
    options.flatMap((o) => {
      if (!o.long) return [];
      if (o.required || o.optional) values.set(o.long, completesFor(placeholder(o), o.argChoices));
      return [o.long];
    });
  const commands = program.commands.map((c) => {
    const [argument] = c.registeredArguments;
    return {
      name: c.name(),
      options: longs(c.options),
      argument: argument ? completesFor(argument.name(), argument.argChoices) : { kind: 'none' as const },
    };
  });
  return { commands, globalOptions: longs(program.options), values };
}

const shellWord = (word: string) => word.replace(/[^A-Za-z0-9_.-]/g, '');
const ids = '$(limber completion --ids 2>/dev/null)';

/** A bash compgen call for a kind of value. */
function compgen(completes: Completes): string {
  if (completes.kind === 'file') return 'compgen -f -- "$cur"';
  if (completes.kind === 'id') return `compgen -W "${ids}" -- "$cur"`;
  if (completes.kind === 'words') return `compgen -W "${completes.words.map(shellWord).join(' ')}" -- "$cur"`;
  return 'true';
}

function bashScript(spec: CompletionSpec): string {
  const valueCases = [...spec.values]
    .filter(([, c]) => c.kind !== 'none')
    .map(([option, c]) => `    ${shellWord(option)}) COMPREPLY=($(${compgen(c)})); return ;;`)
    .join('\n');
  const optionCases = spec.commands.map((c) => `    ${shellWord(c.name)}) opts="${c.options.map(shellWord).join(' ')}" ;;`).join('\n');
  const argumentCases = spec.commands
    .filter((c) => c.argument.kind !== 'none')
    .map((c) => `    ${shellWord(c.name)}) [[ "$cur" != -* ]] && { COMPREPLY=($(${compgen(c.argument)})); return; } ;;`)
    .join('\n');
  return `# limber completion for bash. Install: limber completion bash > ~/.local/share/bash-completion/completions/limber
_limber() {
  local cur prev cmd opts i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "${spec.commands.map((c) => shellWord(c.name)).join(' ')} ${spec.globalOptions.map(shellWord).join(' ')}" -- "$cur"))
    return
  fi
  case "$prev" in
${valueCases}
  esac
  case "$cmd" in
${argumentCases}
  esac
  case "$cmd" in
${optionCases}
    *) opts="" ;;
  esac
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -F _limber limber
`;
}

function zshScript(spec: CompletionSpec): string {
  return `# limber completion for zsh. Install: limber completion zsh > ~/.limber-completion.zsh, then add
# "source ~/.limber-completion.zsh" to ~/.zshrc yourself
autoload -U +X bashcompinit && bashcompinit
${bashScript(spec).split('\n').slice(1).join('\n')}`;
}

/** A fish argument list for a kind of value. */
const fishValues = (completes: Completes): string =>
  completes.kind === 'file'
    ? ' -r -F'
    : completes.kind === 'id'
      ? ` -r -a "(limber completion --ids 2>/dev/null)"`
      : completes.kind === 'words'
        ? ` -r -a "${completes.words.map(shellWord).join(' ')}"`
        : '';

function fishScript(spec: CompletionSpec): string {
  const lines = [
    '# limber completion for fish. Install: limber completion fish > ~/.config/fish/completions/limber.fish',
    'complete -c limber -f',
    `complete -c limber -n __fish_use_subcommand -a "${spec.commands.map((c) => shellWord(c.name)).join(' ')}"`,
  ];
  for (const c of spec.commands) {
    const when = `-n "__fish_seen_subcommand_from ${shellWord(c.name)}"`;
    if (c.argument.kind !== 'none') lines.push(`complete -c limber ${when}${fishValues(c.argument).replace(' -r', '')}`);
    for (const option of c.options) {
      lines.push(`complete -c limber ${when} -l ${shellWord(option.replace(/^--/, ''))}${fishValues(spec.values.get(option) ?? { kind: 'none' })}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const scripts = { bash: bashScript, zsh: zshScript, fish: fishScript };

/** Prints a completion script for the user to install (limber never edits shell start-up files), or the ids. */
export async function completionCommand(ctx: CommandContext, shell: string | undefined, options: { ids?: boolean }, program: Command): Promise<void> {
  if (options.ids) {
    const catalog = await loadCatalog(ctx.catalogFiles, ctx.io.env);
    ctx.io.stdout.write(`${[...catalog.techniques, ...catalog.routines].map((e) => shellWord(e.id)).join('\n')}\n`);
    return;
  }
  if (shell === undefined || !(shell in scripts)) {
    throw new UsageError(
      shell
        ? t("name a shell: 'limber completion bash', 'zsh' or 'fish' ('{shell}' is not one of them).", { shell })
        : t("name a shell: 'limber completion bash', 'zsh' or 'fish'."),
    );
  }
  ctx.io.stdout.write(scripts[shell as keyof typeof scripts](completionSpec(program)));
}
