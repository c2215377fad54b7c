import { loadCatalog } from '../catalog/load.js';
import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

/** What the completion scripts offer: each command with its long options. */
export interface CompletionSpec {
  commands: { name: string; options: string[] }[];
  globalOptions: string[];
}

const shellWord = (word: string) => word.replace(/[^A-Za-z0-9_.-]/g, '');

function bashScript(spec: CompletionSpec): string {
  const cases = spec.commands
    .map((c) => `    ${shellWord(c.name)}) opts="${c.options.map(shellWord).join(' ')}" ;;`)
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
    --answers|--out|--catalog) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --routine) COMPREPLY=($(compgen -W "$(limber completion --ids 2>/dev/null)" -- "$cur")); return ;;
  esac
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  if [[ "$cur" != -* && ( "$cmd" == run || "$cmd" == show ) ]]; then
    COMPREPLY=($(compgen -W "$(limber completion --ids 2>/dev/null)" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  fi
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

function fishScript(spec: CompletionSpec): string {
  const lines = [
    '# limber completion for fish. Install: limber completion fish > ~/.config/fish/completions/limber.fish',
    `complete -c limber -f`,
    `complete -c limber -n __fish_use_subcommand -a "${spec.commands.map((c) => shellWord(c.name)).join(' ')}"`,
    `complete -c limber -n "__fish_seen_subcommand_from run show" -a "(limber completion --ids 2>/dev/null)"`,
  ];
  for (const c of spec.commands) {
    for (const option of c.options) {
      lines.push(`complete -c limber -n "__fish_seen_subcommand_from ${shellWord(c.name)}" -l ${shellWord(option.replace(/^--/, ''))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const scripts = { bash: bashScript, zsh: zshScript, fish: fishScript };

/** Prints a completion script for the user to install (limber never edits shell start-up files), or the ids. */
export async function completionCommand(
  ctx: CommandContext,
  shell: string | undefined,
  options: { ids?: boolean },
  spec: CompletionSpec,
): Promise<void> {
  if (options.ids) {
    const catalog = await loadCatalog(ctx.catalogFiles);
    ctx.io.stdout.write(`${[...catalog.techniques, ...catalog.routines].map((e) => shellWord(e.id)).join('\n')}\n`);
    return;
  }
  if (shell === undefined || !(shell in scripts)) {
    throw new UsageError(`name a shell: 'limber completion bash', 'zsh' or 'fish'${shell ? ` ('${shell}' is not one of them)` : ''}.`);
  }
  ctx.io.stdout.write(scripts[shell as keyof typeof scripts](spec));
}
