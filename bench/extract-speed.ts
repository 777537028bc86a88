/**
 * Measures the extractor's speed: on each corpus report next to one plain
 * regular-expression pass over the same text (the ratio is the figure that
 * travels between machines), and on growing amounts of text to show that the
 * time grows in step with the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { extractionSteps } from '../src/content/extract-lines';
import { extract } from '../src/extractor';

/** Timing of the extractor and of the regex pass over one text. */
export interface Timing {
  /** What was measured: a corpus file or a text size. */
  label: string;
  /** Size of the text in UTF-8 bytes. */
  bytes: number;
  /** Items the extractor found. */
  items: number;
  /** Median time of `extract`, in milliseconds. */
  extractMs: number;
  /** Median time of the regex pass, in milliseconds. */
  regexMs: number;
}

/** The benchmark's results and the machine they were measured on. */
export interface BenchReport {
  /** When the run finished (ISO 8601). */
  date: string;
  /** Node.js version, CPU model and core count. */
  machine: string;
  /** One row per corpus file, then the whole corpus. */
  corpus: Timing[];
  /** One row per text size, then a text of candidates that give no item. */
  growth: Timing[];
  /** Hard shapes of text: one extraction, and the same text read in the content script's bounded steps. */
  adversarial: SteppedTiming[];
}

/** Timing of a text read whole and in the content script's steps. */
export interface SteppedTiming extends Timing {
  /** Median total time of reading it step by step, ms. */
  steppedMs: number;
  /** The longest single step of that reading, ms (median over the runs). */
  longestStepMs: number;
  /** Number of steps. */
  steps: number;
}

/** The text sizes of the growth rows. */
const GROWTH_SIZES = [
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '5 MB', bytes: 5_000_000 },
];

/**
 * The baseline: one pass of a simple global regular expression (numbers with
 * an optional decimal part) over the text, the cheapest scan that still looks
 * at every character.
 */
function regexPass(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\d+(?:\.\d+)?/g)) count++;
  return count;
}

/** Wall time of `run` in milliseconds, started on a clean heap when node runs with --expose-gc. */
function timeOnce(run: () => unknown): number {
  globalThis.gc?.();
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The middle value. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Times the extractor and the regex pass on `text`, alternating one run of
 * each so that both meet the same load on the machine and their ratio holds
 * even when the absolute times do not. Runs `repeats` pairs unless that takes
 * over ten seconds (a slow run counts once), and more when quick (up to a
 * second in all). The regex pass is repeated inside each timing to last about
 * a millisecond, above the timer's resolution.
 */
function time(label: string, text: string, repeats: number): Timing {
  // The first calls warm both up; the extractor's also gives the item count.
  const items = extract(text).length;
  const regexLoops = Math.max(1, Math.ceil(1 / Math.max(timeOnce(() => regexPass(text)), 1e-3)));
  const extractTimes: number[] = [];
  const regexTimes: number[] = [];
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  do {
    extractTimes.push(timeOnce(() => extract(text)));
    regexTimes.push(
      timeOnce(() => {
        for (let i = 0; i < regexLoops; i++) regexPass(text);
      }) / regexLoops,
    );
  } while ((extractTimes.length < repeats && elapsed() < 10_000) || (elapsed() < 1000 && extractTimes.length < 10_000));
  return { label, bytes: Buffer.byteLength(text), items, extractMs: median(extractTimes), regexMs: median(regexTimes) };
}

/** Times reading `text` as one line in the content script's steps: the total and the longest step, medians of `repeats` runs. */
function timeSteps(timing: Timing, text: string, repeats: number): SteppedTiming {
  const totals: number[] = [];
  const longest: number[] = [];
  let steps = 0;
  for (let run = 0; run < repeats; run++) {
    globalThis.gc?.();
    const iterator = extractionSteps(text, [{ start: 0, end: text.length }]);
    let max = 0;
    steps = 0;
    const started = performance.now();
    for (;;) {
      const stepStarted = performance.now();
      const { done } = iterator.next();
      if (done) break;
      steps++;
      max = Math.max(max, performance.now() - stepStarted);
    }
    totals.push(performance.now() - started);
    longest.push(max);
  }
  return { ...timing, steppedMs: median(totals), longestStepMs: median(longest), steps };
}

/** `text` repeated, cut at a line end, to at least `bytes` UTF-8 bytes. */
function textOfSize(text: string, bytes: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length]!;
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return out.join('\n');
}

/** Runs the benchmark on the report texts (`*.txt`) in `corpusDir`. */
export function runBench(corpusDir: string): BenchReport {
  const files = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort();
  const texts = files.map((name) => readFileSync(join(corpusDir, name), 'utf8'));
  const whole = texts.join('\n');
  const corpus = [...files.map((name, i) => time(name, texts[i]!, 7)), time('whole corpus', whole, 7)];
  const growth = [
    ...GROWTH_SIZES.map(({ label, bytes }) => time(label, textOfSize(whole, bytes), 3)),
    // Every digit a candidate, no item: the cost per byte of candidates that come to nothing.
    time('1 MB of spaced digits', '7 '.repeat(500_000), 3),
  ];
  const oneLine = textOfSize(whole, 1_000_000).replaceAll('\n', '');
  const spacedDigits = '1 2 3 4 5 6 7 8 9 0 '.repeat(50_000);
  const adversarial = [
    { label: 'one 1 MB line (the corpus without line ends)', text: oneLine },
    { label: '1 MB of spaced digits', text: spacedDigits },
  ].map(({ label, text }) => timeSteps(time(label, text, 3), text, 3));
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    machine: `Node.js ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end (the machine may be shared)`,
    corpus,
    growth,
    adversarial,
  };
}

const ms = (value: number): string => value.toFixed(value < 1 ? 3 : value < 10 ? 2 : 1);
const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

/** The report as Markdown: the figures of one run, with what they mean. */
export function formatReport(report: BenchReport): string {
  const corpusRows = report.corpus.map(
    (t) => `| ${t.label} | ${kb(t.bytes)} | ${t.items} | ${ms(t.extractMs)} | ${ms(t.regexMs)} | ${(t.extractMs / t.regexMs).toFixed(1)} |`,
  );
  const growthRows = report.growth.map(
    (t) =>
      `| ${t.label} | ${t.items} | ${ms(t.extractMs)} | ${ms((t.extractMs / t.bytes) * 1e5)} | ${((t.bytes / 1e6) / (t.extractMs / 1e3)).toFixed(2)} | ${(t.extractMs / t.regexMs).toFixed(1)} |`,
  );
  return [
    '# Extractor speed',
    '',
    `Run of \`npm run bench\` on ${report.date.slice(0, 16).replace('T', ' ')} UTC; ${report.machine}.`,
    'Times are medians of repeated runs in one process, after a warm-up run, the extractor and the regex',
    'pass taking turns so that both meet the same load.',
    '',
    '## Corpus',
    '',
    'The extractor next to one pass of a simple global regular expression (`/\\d+(?:\\.\\d+)?/g`)',
    'over the same text, in the same run: the ratio says how many such passes the extractor costs.',
    '',
    '| text | KB | items | extract ms | regex ms | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...corpusRows,
    '',
    '## Growth',
    '',
    'The corpus text repeated to each size: a steady time per 100 KB means the time grows in step with the text.',
    'The last row is text where every character is a candidate and none gives an item (`7 7 7 …`).',
    '',
    '| text | items | extract ms | ms per 100 KB | MB/s | ratio to regex |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...growthRows,
    '',
    '## Hard text',
    '',
    'One extraction of the whole text, and the same text read the way the content script reads a page: one line cut',
    'into chunks of whole sentences (or clauses), a bounded step each. The longest step is what the page waits for at worst.',
    '',
    '| text | items | extract ms | ratio to regex | steps | stepped ms in all | longest step ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.adversarial.map(
      (t) =>
        `| ${t.label} | ${t.items} | ${ms(t.extractMs)} | ${(t.extractMs / t.regexMs).toFixed(1)} | ${t.steps} | ${ms(t.steppedMs)} | ${ms(t.longestStepMs)} |`,
    ),
    '',
  ].join('\n');
}
