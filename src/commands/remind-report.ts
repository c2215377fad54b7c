import type { RemindRecordEvent } from '../core/history/records.js';
import { t } from '../core/i18n/translate.js';
import { nextWorkingStart } from '../core/remind/hours.js';
import type { RemindEvent, RemindSettings, RemindState } from '../core/remind/scheduler.js';
import type { CommandContext } from '../shell/context.js';
import type { HistoryStore } from '../shell/history-store.js';
import type { Notifier } from '../shell/notify.js';
import { type LoopState, writeLoopState } from '../shell/remind-files.js';
import { ndjson } from '../view/events.js';
import { eventText, paneLine, type RemindWording } from '../view/remind.js';
import { noteWidth, wrapText } from '../view/text.js';

const recorded = new Set<string>(['reminder', 'snooze', 'skip', 'break', 'idle', 'defer', 'pause']);

export interface Reporter {
  report(event: RemindEvent, state: RemindState): void;
  save(state: RemindState): void;
}

interface ReporterSetup {
  store: HistoryStore;
  settings: RemindSettings;
  wording: RemindWording;
  notifier: Notifier | undefined;
  json: boolean;
  bell: boolean;
  monoNow: () => number;
}

/** When working hours begin again, for the pane and the status line. */
const resumesAt = (settings: RemindSettings, at: Date) => (settings.hours ? nextWorkingStart(settings.hours, at) : null);

/**
 * What each event does outside the loop: a line in the pane (or an NDJSON event), a history record, and for a
 * reminder the bell and a desktop notification, started and never waited for.
 */
export function reporter(ctx: CommandContext, setup: ReporterSetup): Reporter {
  const { io } = ctx;
  let notifyFailed = false;
  let lastSaved = '';
  const notify = (text: string) =>
    setup.notifier?.send(t('limber: time for a break'), text, (ok) => {
      if (ok || notifyFailed) return;
      notifyFailed = true;
      io.stderr.write(
        ctx.styles.err.yellow(
          `${t('The desktop notification ({name}) failed; the bell and this pane still remind you.', { name: String(setup.notifier?.name) })}\n`,
        ),
      );
    });
  return {
    report(event, state) {
      const at = ctx.now();
      const repeat = event.type === 'reminder' && event.repeat;
      if (recorded.has(event.type) && !repeat) {
        const outcome = event.type === 'break' ? { outcome: event.outcome } : {};
        setup.store.append({ type: 'remind', at: at.toISOString(), event: event.type as RemindRecordEvent, ...outcome });
      }
      if (setup.json) {
        io.stdout.write(ndjson({ ...event, at: at.toISOString(), phase: state.phase }));
        return;
      }
      const said = eventText(event, setup.wording, resumesAt(setup.settings, at));
      if (said === null) return;
      const width = noteWidth(io.stdout.columns);
      const bell = event.type === 'reminder' && setup.bell ? '\u0007' : '';
      const text = paneLine(wrapText(said, width - 7).replaceAll('\n', '\n       '), at);
      io.stdout.write(`${bell}${event.type === 'reminder' ? ctx.styles.out.bold(text) : text}\n`);
      if (event.type === 'reminder') notify(said);
    },
    save(state) {
      const at = ctx.now();
      const counting = state.phase === 'counting' || state.phase === 'due';
      const loopState: LoopState = {
        pid: process.pid,
        phase: state.phase,
        nextAt: counting ? new Date(at.getTime() + Math.max(0, state.dueAt - setup.monoNow())).toISOString() : null,
        snoozed: state.snoozed,
        pausedUntil: state.pausedUntil === null ? null : new Date(state.pausedUntil).toISOString(),
        resumesAt: state.phase === 'off-hours' ? (resumesAt(setup.settings, at)?.toISOString() ?? null) : null,
        putOffs: state.putOffs,
      };
      // Only a change is written: the loop looks around every second, and the file is flushed to disk.
      const key = JSON.stringify({ ...loopState, nextAt: counting ? state.dueAt : null });
      if (key === lastSaved) return;
      lastSaved = key;
      writeLoopState(io.env, loopState);
    },
  };
}
