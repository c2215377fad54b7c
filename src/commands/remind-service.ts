import { realpathSync } from 'node:fs';
import type { CommandContext } from '../shell/context.js';
import { type ServiceKind, serviceText } from '../view/remind-service.js';
import type { RemindOptions } from './remind-settings.js';

/** The options worth carrying into the service's command line, as given. */
function carried(options: RemindOptions): string[] {
  const args: string[] = [];
  const pairs: [string, string | number | undefined][] = [
    ['--every', options.every],
    ['--hours', options.hours],
    ['--days', options.days],
    ['--defer-if', options.deferIf],
  ];
  for (const [flag, value] of pairs) if (value !== undefined) args.push(flag, String(value));
  if (options.idle === false) args.push('--no-idle');
  if (options.notify === false) args.push('--no-notify');
  return args;
}

/** `limber remind --print-service`: a snippet with absolute paths, so it works without PATH. */
export function remindServiceCommand(ctx: CommandContext, kind: ServiceKind, options: RemindOptions): void {
  const script = realpathSync(process.argv[1] ?? 'limber');
  ctx.io.stdout.write(serviceText(kind, [process.execPath, script, 'remind', '--once', ...carried(options)]));
}
