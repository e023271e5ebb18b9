// Lighthouse on pages of a served site, for `make bench` (scripts/bench.py starts the server).
//
//   node scripts/lighthouse/run.mjs --runs 5 --out DIR URL...
//
// Mobile preset (Lighthouse's default: emulated phone, simulated slow 4G, 4x CPU slowdown).
// Each run gets a fresh Chromium with an empty profile. Prints one JSON object to stdout:
// {url: {runs: [{performance, accessibility, "best-practices", seo, metrics}], median: {...}}}
// and writes each run's full report to DIR (open it in the Lighthouse viewer).

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
  'cumulative-layout-shift', 'speed-index'];
// This machine's network is closed: without these flags Chromium keeps trying Google's hosts.
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: '' },
    chrome: { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
  },
});

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
  const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m].numericValue]));
  const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) => lhr.categories[c].auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => ref.id));
  return { ...scores, metrics, failed };
}

async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: values.chrome, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: CATEGORIES });
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

const runs = Number(values.runs);
const report = {};
for (const url of positionals) {
  const summaries = [];
  for (let i = 0; i < runs; i += 1) {
    const lhr = await runOnce(url);
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    summaries.push(summarise(lhr));
    if (values.out) {
      fs.mkdirSync(values.out, { recursive: true });
      const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
      fs.writeFileSync(path.join(values.out, `${name}-run${i + 1}.json`), JSON.stringify(lhr));
    }
  }
  const med = Object.fromEntries(CATEGORIES.map((c) => [c, median(summaries.map((s) => s[c]))]));
  med.metrics = Object.fromEntries(METRICS.map((m) => [m, median(summaries.map((s) => s.metrics[m]))]));
  med.failed = [...new Set(summaries.flatMap((s) => s.failed))];
  report[url] = { runs: summaries, median: med };
}
process.stdout.write(JSON.stringify(report, null, 1) + '\n');
