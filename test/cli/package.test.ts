/**
 * The published package: `npm pack` and an install of the tarball outside the
 * repository, run as a user runs it with `npx policy-lens`. The tarball's
 * dependencies are linked from this repository's node_modules, so the test
 * needs no network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { corpusText } from '../shared/corpus-fixtures';
import { parseJsonLines, tempFiles } from './temp-files';

const root = resolve(import.meta.dirname, '../..');

describe('the policy-lens package', () => {
  it('packs the command line and its bundle, and runs with npx from a folder outside the repository', { timeout: 240_000 }, () => {
    const { dir, write } = tempFiles('policy-lens-package-');
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ) as { filename: string; files: { path: string }[] }[];
    const paths = packed[0]!.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['bin/policy-lens.mjs', 'dist-cli/policy-lens.mjs', 'dist-cli/extract-worker.mjs', 'package.json']));
    expect(paths.filter((path) => path.startsWith('src/') || path.startsWith('test/'))).toEqual([]);

    // Install: the tarball unpacked into node_modules, its dependencies linked, as npm would lay them out.
    const project = join(dir, 'analyst-project');
    const modules = join(project, 'node_modules');
    mkdirSync(join(modules, '.bin'), { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, packed[0]!.filename), '-C', modules]);
    execFileSync('mv', [join(modules, 'package'), join(modules, 'policy-lens')]);
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (!name.startsWith('.') && name !== 'policy-lens') symlinkSync(join(root, 'node_modules', name), join(modules, name));
    }
    symlinkSync('../policy-lens/bin/policy-lens.mjs', join(modules, '.bin', 'policy-lens'));

    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'policy-lens', ...args], { cwd: project, encoding: 'utf8' });
    expect(npx(['--version'])).toMatchObject({ status: 0, stdout: `${packageJson.version}\n` });
    const report = write('report.txt', corpusText('003_4ef620bd1e3cb09d.txt').split('\n').slice(0, 16).join('\n'));
    const run = npx(['extract', report]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(parseJsonLines(run.stdout).length).toBeGreaterThan(0);
  });
});
