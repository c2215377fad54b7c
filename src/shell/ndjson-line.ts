/**
 * The line of a text that starts with `prefix` (a match must start a line), or undefined. The build's lookup
 * files (dist/figures.ndjson, dist/poses.ndjson) are searched this way, so a command parses only the lines it
 * shows, not the whole file.
 */
export function lineStartingWith(text: string, prefix: string): string | undefined {
  let at = 0;
  if (!text.startsWith(prefix)) {
    at = text.indexOf(`\n${prefix}`) + 1;
    if (at === 0) return undefined;
  }
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}
