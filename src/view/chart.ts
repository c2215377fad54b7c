import type { Chart } from '../core/chart/model.js';
import { currentLanguage, t } from '../core/i18n/translate.js';
import { disclaimer } from '../core/wording.js';
import { figureSvg } from './figure-svg.js';
import { figuresSideBySide, type PrerenderedFigures } from './figure-text.js';
import { clockTime, terminalSafe } from './text.js';

/** Every catalog string goes through here before it is placed in HTML: control characters out, then escaped. */
export const escapeHtml = (text: string): string =>
  terminalSafe(text).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Markdown special characters in catalog text are escaped so a name cannot become a link or heading. */
const escapeMarkdown = (text: string): string =>
  terminalSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/([\\`*_[\]|<>])/g, '\\$1');

export function chartMarkdown(chart: Chart, prerendered?: PrerenderedFigures): string {
  const lines = [
    `# ${escapeMarkdown(chart.title)}`,
    '',
    `${escapeMarkdown(chart.summary)} ${t('Total time: {time}.', { time: clockTime(chart.totalSeconds) })}`,
    '',
    ...(chart.personalNote ? [`_${escapeMarkdown(chart.personalNote)}_`, ''] : []),
    `> **${t('Stop and get help.')}** ${escapeMarkdown(chart.safety.stopRule)} ${t('Call your emergency number for any of these:')}`,
    '>',
    ...chart.safety.warningSigns.map((sign) => `> - ${escapeMarkdown(sign)}`),
    '',
  ];
  chart.techniques.forEach((technique, i) => {
    lines.push(`## ${i + 1}. ${escapeMarkdown(technique.name)} (${clockTime(technique.seconds)})`, '');
    lines.push(
      t('Position: {position} · Equipment: {equipment}', {
        position: escapeMarkdown(technique.position),
        equipment: escapeMarkdown(technique.equipment),
      }),
      '',
    );
    // A backtick in a pose's name must not close the code block.
    if (technique.figures.length)
      lines.push('```text', ...figuresSideBySide(technique.figures, 'braille', 80, prerendered).map((line) => line.replaceAll('`', "'")), '```', '');
    lines.push(`**${t('Set up')}**`, '', ...technique.setup.map((s) => `- ${escapeMarkdown(s)}`), '');
    lines.push(`**${t('Move')}**`, '', ...technique.movement.map((m) => `- ${escapeMarkdown(m)}`), '');
    if (technique.cautions.length) lines.push(`**${t('Cautions')}**`, '', ...technique.cautions.map((c) => `- ${escapeMarkdown(c)}`), '');
    lines.push(
      `${t('Sources:')} ${technique.sources.map((s) => `${escapeMarkdown(s.title)} <${terminalSafe(s.url).replace(/[<>\s]/g, '')}>`).join('; ')}`,
      '',
    );
  });
  lines.push('---', '', disclaimer(), '');
  return lines.join('\n');
}

const css = `
  * { box-sizing: border-box; }
  body { font: 8pt/1.25 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111; margin: 0; }
  main { max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
  h1 { font-size: 16pt; margin: 0 0 1mm; }
  .summary { margin: 0 0 2.5mm; color: #333; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
  /* Five or more techniques: three narrower columns and smaller type keep the chart on one page. */
  .grid.many { grid-template-columns: 1fr 1fr 1fr; font-size: 7.5pt; gap: 2.5mm; }
  .grid.many h2 { font-size: 10pt; }
  section { border: 0.3mm solid #999; border-radius: 2mm; padding: 2.5mm 3mm; break-inside: avoid; }
  h2 { font-size: 11pt; margin: 0 0 1mm; display: flex; justify-content: space-between; gap: 2mm; }
  h2 .time { font-weight: normal; color: #444; white-space: nowrap; }
  .meta { color: #444; margin: 0 0 1.5mm; }
  h3 { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; margin: 1.5mm 0 0.5mm; color: #333; }
  ul { margin: 0; padding-left: 4mm; }
  li { margin: 0.3mm 0; }
  .sources { font-size: 6.5pt; color: #555; margin-top: 1.5mm; overflow-wrap: anywhere; }
  .stop { border: 0.6mm solid #b00; border-radius: 2mm; padding: 1.5mm 3mm; margin: 0 0 2.5mm; font-size: 7.5pt; line-height: 1.25; }
  .stop strong { color: #b00; }
  .stop ul { columns: 2; column-gap: 5mm; margin-top: 0.5mm; }
  .note { margin: 0 0 3mm; font-style: italic; }
  /* The key poses sit beside the position line, each named in its SVG title; the steps say what it is. */
  .head { display: flex; justify-content: space-between; align-items: flex-end; gap: 2mm; }
  .head .meta { margin: 0; }
  .figures { display: flex; gap: 1mm; flex-shrink: 0; }
  .figures svg { width: 11mm; height: 11mm; color: #111; }
  .grid.many .figures svg { width: 9mm; height: 9mm; }
  .figures svg .prop { stroke: #999; }
  footer { margin-top: 1.5mm; font-size: 7pt; color: #444; border-top: 0.3mm solid #999; padding-top: 1mm; }
  @page { margin: 10mm; }
  @media print { main { padding: 0; } a { color: inherit; text-decoration: none; } }
`;

/** A self-contained page: no scripts, no external resources; fits one A4 or Letter page when printed. */
export function chartHtml(chart: Chart): string {
  const e = escapeHtml;
  const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
  const sections = chart.techniques
    .map(
      (technique, i) => `<section>
  <h2>${i + 1}. ${e(technique.name)} <span class="time">${clockTime(technique.seconds)}</span></h2>
  <div class="head"><p class="meta">${e(t('{position} · equipment: {equipment}', { position: technique.position, equipment: technique.equipment }))}</p>${
    technique.figures.length ? `<div class="figures">${technique.figures.map((pose) => figureSvg(pose, 40)).join('')}</div>` : ''
  }</div>
  <h3>${e(t('Set up'))}</h3>${list(technique.setup)}
  <h3>${e(t('Move'))}</h3>${list(technique.movement)}
  ${technique.cautions.length ? `<h3>${e(t('Cautions'))}</h3>${list(technique.cautions)}` : ''}
  <p class="sources">${e(t('Sources:'))} ${technique.sources.map((s) => `${e(s.title)} (${e(s.url)})`).join('; ')}</p>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${currentLanguage() === 'en-XA' ? 'en' : currentLanguage()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(chart.title)} · limber</title>
<style>${css}</style>
</head>
<body>
<main>
<h1>${e(chart.title)}</h1>
<p class="summary">${e(chart.summary)} ${e(t('Total time: {time}.', { time: clockTime(chart.totalSeconds) }))}</p>
${chart.personalNote ? `<p class="note">${e(chart.personalNote)}</p>\n` : ''}<aside class="stop"><strong>${e(t('Stop and get help.'))}</strong> ${e(chart.safety.stopRule)} ${e(t('Call your emergency number for any of these:'))}
${list(chart.safety.warningSigns)}</aside>
<div class="grid${chart.techniques.length > 4 ? ' many' : ''}">
${sections}
</div>
<footer>${e(disclaimer())}</footer>
</main>
</body>
</html>
`;
}
