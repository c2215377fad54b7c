import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../src/core/chart/model.js';
import { chartHtml, chartMarkdown, escapeHtml } from '../src/view/chart.js';
import { builtIn, builtInPoses, technique } from './helpers/catalog.js';
import { runCli, tempHome } from './helpers/cli.js';

const chromium = '/usr/bin/chromium';
const hostile = () => ({
  ...technique('wall-angel'),
  name: 'Angel <script>document.title="PWNED"</script>',
  summary: 'x',
  cautions: ['<img src=x onerror="document.body.innerHTML=\'PWNED\'"> & more'],
});

/** Headless Chromium as set up on these machines (no network, throwaway profile). */
function chromiumRun(args: string[]): string {
  const profile = tempHome();
  return execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

const pdfPages = (path: string) => (readFileSync(path, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

const box = { warningSigns: ['Sign one', 'Sign <two>'], stopRule: 'Stop at once.' };

describe('chart content', () => {
  it('lists each technique with its cues, holds, reps, sides, cautions and sources', () => {
    const routine = builtIn().routines.find((r) => r.id === 'desk-break')!;
    const chart = buildChart(
      routine.name,
      routine.summary,
      routine.techniques.map((id) => ({ technique: technique(id) })),
      box,
      builtInPoses(),
    );
    expect(chart.techniques.map((t) => t.id)).toEqual(routine.techniques);
    const twist = chart.techniques.find((t) => t.id === 'chair-twist')!;
    expect(twist.movement).toContain('Hold 25 s (about 4 breaths), each side: Turn, hand on the backrest, breathe slowly');
    expect(chart.techniques.find((t) => t.id === 'wall-angel')!.movement[0]).toMatch(/^10-15 reps: Slide your arms up into a V \(3 s\)/);
    const md = chartMarkdown(chart);
    for (const t of chart.techniques) expect(md).toContain(t.name);
    expect(md).toContain('not medical advice');
  });

  it('escapes every catalog string in HTML and Markdown', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const chart = buildChart('T <b>', 'S', [{ technique: hostile() }], box, builtInPoses());
    const html = chartHtml(chart);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<(link|img|iframe|object)\b/);
    expect(chartMarkdown(chart)).toContain('Angel \\<script\\>');
  });

  it('--out writes the file whole; a missing folder is a clear error', () => {
    const home = tempHome();
    const out = join(home, 'chart.html');
    const ok = runCli(['chart', '--out', out]);
    expect(ok.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    const bad = runCli(['chart', '--out', join(home, 'missing', 'chart.html')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot write');
  });
});

// Without Chromium the browser tests cannot run: in CI that is a failure (.ci/run installs it); elsewhere they
// are skipped, and said so loudly rather than passing in silence.
const haveChromium = existsSync(chromium);
if (!haveChromium) {
  process.stderr.write(`\n*** ${chromium} is missing: the chart's browser tests are SKIPPED. Install Debian's chromium to run them. ***\n\n`);
}

describe('Chromium for the browser tests', () => {
  it.runIf(Boolean(process.env.CI))('is installed in CI', () => {
    expect(haveChromium, `${chromium} is missing; .ci/run should have installed it`).toBe(true);
  });
});

describe.runIf(haveChromium)('chart in a real browser (Debian chromium, headless)', () => {
  // German and Spanish run longer than English: each language must still fit.
  it.each(['en', 'de', 'es'].flatMap((lang) => ['A4', 'letter'].map((size) => [size, lang])))(
    'prints on one %s page in %s',
    (size, lang) => {
      const dir = tempHome();
      for (const routine of ['desk-break', 'guide-four']) {
        const html = runCli(['chart', '--routine', routine, '--format', 'html'], { env: { LIMBER_LANG: lang } }).stdout.replace(
          '</style>',
          `@page { size: ${size}; }</style>`,
        );
        const page = join(dir, `${routine}.html`);
        const pdf = join(dir, `${routine}.pdf`);
        writeFileSync(page, html);
        chromiumRun(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${page}`]);
        expect(pdfPages(pdf)).toBe(1);
      }
    },
    120_000,
  );

  it('shows a catalog string containing <script> as text, and runs nothing', () => {
    const dir = tempHome();
    const catalog = join(dir, 'hostile.json');
    writeFileSync(catalog, JSON.stringify({ techniques: [{ ...hostile(), id: 'hostile-angel' }] }));
    const page = join(dir, 'chart.html');
    expect(runCli(['--catalog', catalog, 'chart', '--routine', 'hostile-angel', '--out', page]).code).toBe(0);
    const dom = chromiumRun(['--dump-dom', `file://${page}`]);
    expect(dom).toContain('<title>Angel &lt;script&gt;document.title="PWNED"&lt;/script&gt; · limber</title>');
    expect(dom).toContain('Angel &lt;script&gt;');
    expect(dom).not.toContain('<script');
    expect(dom).not.toMatch(/<body>\s*PWNED/);
  }, 120_000);
});
