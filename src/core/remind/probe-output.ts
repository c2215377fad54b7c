/**
 * What the system's own tools print, read into numbers and yes/no answers. Each returns null for output it
 * does not recognise, so an unexpected tool version means "cannot tell", never a wrong answer.
 */

/** xprintidle and the Windows last-input script print milliseconds since the last input. */
export function parseMilliseconds(output: string): number | null {
  const text = output.trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** GNOME Mutter's IdleMonitor over gdbus: "(uint64 12345,)". */
export function parseMutterIdle(output: string): number | null {
  const match = output.trim().match(/^\(uint64 (\d+),\)$/);
  return match ? Number(match[1]) : null;
}

/** macOS `ioreg -c IOHIDSystem`: "HIDIdleTime" = nanoseconds. */
export function parseHidIdle(output: string): number | null {
  const match = output.match(/"HIDIdleTime" = (\d+)/);
  return match ? Math.floor(Number(match[1]) / 1_000_000) : null;
}

/** A boolean D-Bus property read with gdbus: "(<true>,)". */
export function parseGdbusBoolean(output: string): boolean | null {
  const match = output.trim().match(/^\(<(true|false)>,\)$/);
  return match ? match[1] === 'true' : null;
}

/** `gsettings get org.gnome.desktop.notifications show-banners`: "false" means do not disturb is on. */
export function parseGsettingsBoolean(output: string): boolean | null {
  const text = output.trim();
  return text === 'true' ? true : text === 'false' ? false : null;
}

/** A capture device's status file under /proc/asound: "state: RUNNING" while something records. */
export const isCapturing = (status: string): boolean => /^state:\s*RUNNING\b/m.test(status);

/**
 * macOS Focus: ~/Library/DoNotDisturb/DB/Assertions.json lists the Focus modes switched on by hand;
 * any record there means a Focus is on.
 */
export function focusIsOn(assertions: unknown): boolean | null {
  const data = (assertions as { data?: { storeAssertionRecords?: unknown[] }[] } | null)?.data;
  if (!Array.isArray(data)) return null;
  return data.some((entry) => Array.isArray(entry?.storeAssertionRecords) && entry.storeAssertionRecords.length > 0);
}
