#!/usr/bin/env node
// The English messages, extracted from the code: every t('…') and tn(n, '…', '…') in src/. Writes
// data/messages/en.json, the template each translation (de.json, es.json…) follows; `--check` only compares,
// for the build and the tests. `npm run messages` after changing an English text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const literal = String.raw`('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|\x60(?:\\.|[^\x60\\$])*\x60)`;
const single = new RegExp(String.raw`\bt\(\s*${literal}`, 'g');
const plural = new RegExp(String.raw`\btn\(\s*[^,]+?,\s*${literal}\s*,\s*${literal}`, 'g');
// A JavaScript string literal's value (our own source, at build time).
const literalValue = (code) => Function(`"use strict"; return ${code};`)();

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

// One English text is either a sentence (t) or plural forms (tn), never both: a translation holds one of them.
function add(messages, key, value) {
  if (key in messages && typeof messages[key] !== typeof value) {
    throw new Error(`"${key}" is passed to both t() and tn(); give one of them other words.`);
  }
  messages[key] = value;
}

export function extractMessages(root = '.') {
  const messages = {};
  for (const file of files(join(root, 'src')).sort()) {
    // Comments may show t() in examples; only code counts.
    const source = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
      .join('\n');
    for (const [, one] of source.matchAll(single)) add(messages, literalValue(one), literalValue(one));
    for (const [, one, other] of source.matchAll(plural)) add(messages, literalValue(other), { one: literalValue(one), other: literalValue(other) });
  }
  return Object.fromEntries(Object.entries(messages).sort(([a], [b]) => a.localeCompare(b)));
}

const render = (messages) => `${JSON.stringify({ language: 'en', messages }, null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join('data', 'messages', 'en.json');
  const wanted = render(extractMessages());
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current !== wanted) {
      console.error(`${path} is out of date with the code: run 'npm run messages' and translate what changed.`);
      process.exit(1);
    }
  } else writeFileSync(path, wanted);
}
