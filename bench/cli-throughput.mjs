// Throughput of `policy-lens extract` on many files: the corpus copied over and
// over into a temporary folder up to 100 MB, extracted with one worker thread
// and with one per core, output to /dev/null. Imported by bench/run.mjs, which
// adds the report to its own; also runs alone: node bench/cli-throughput.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, 'eval/corpus');
const bin = join(root, 'bin/policy-lens.mjs');

/** Size the copies add up to. */
const TARGET_BYTES = 100 * 1024 * 1024;

/** Copies the corpus into a new temporary folder until it holds `TARGET_BYTES`; returns the folder and its size. */
function repeatedCorpus() {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-throughput-'));
  const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).map((name) => [name, readFileSync(join(corpus, name))]);
  let bytes = 0;
  let count = 0;
  for (let copy = 0; bytes < TARGET_BYTES; copy++) {
    for (const [name, content] of files) {
      writeFileSync(join(dir, `${String(copy).padStart(4, '0')}-${name}`), content);
      bytes += content.length;
      count++;
    }
  }
  return { dir, bytes, files: count };
}

/** Runs the command line over `dir` with at most `jobs` workers; the wall time in seconds. */
function timeRun(dir, jobs) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, 'extract', dir, '--format', 'jsonl', '--out', '/dev/null', '--jobs', String(jobs)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`policy-lens failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The throughput report as Markdown. */
export function cliThroughputReport() {
  spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'inherit' });
  const { dir, bytes, files } = repeatedCorpus();
  try {
    const cores = availableParallelism();
    const mb = bytes / (1024 * 1024);
    const rows = [...new Set([1, cores])].map((jobs) => {
      const seconds = timeRun(dir, jobs);
      return `| ${jobs} | ${seconds.toFixed(1)} s | ${(mb / seconds).toFixed(2)} MB/s |`;
    });
    return [
      '',
      '## Command line on many files',
      '',
      `\`policy-lens extract\` over the corpus copied to ${mb.toFixed(0)} MB (${files} files), JSON Lines to /dev/null,`,
      `on ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC.`,
      'Wall time includes starting Node, reading and writing.',
      '',
      '| worker threads | time | throughput |',
      '| ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(cliThroughputReport());
