import { buildChart } from '../chart/model.js';
import { chartHtml, chartMarkdown } from '../chart/render.js';
import { findEntry, routineTechniques } from '../catalog/filter.js';
import { loadCatalog } from '../catalog/load.js';
import { writeFileAtomic } from '../data/write-file.js';
import type { CommandContext } from './context.js';

export interface ChartOptions {
  routine: string;
  format?: 'md' | 'html';
  out?: string;
}

export async function chartCommand(ctx: CommandContext, options: ChartOptions): Promise<void> {
  const catalog = await loadCatalog(ctx.catalogFiles);
  const entry = findEntry(catalog, options.routine);
  const chart =
    entry.kind === 'routine'
      ? buildChart(entry.routine.name, entry.routine.summary, routineTechniques(catalog, entry.routine))
      : buildChart(entry.technique.name, entry.technique.summary, [entry.technique]);
  const format = options.format ?? (options.out && /\.html?$/i.test(options.out) ? 'html' : 'md');
  const text = format === 'html' ? chartHtml(chart) : chartMarkdown(chart);
  if (!options.out) {
    ctx.io.stdout.write(text);
    return;
  }
  writeFileAtomic(options.out, text);
  ctx.io.stderr.write(`Wrote ${options.out}${format === 'html' ? '; open it in a browser and print it (A4 or Letter)' : ''}.\n`);
}
