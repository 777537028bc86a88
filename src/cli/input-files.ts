/** The files a command line's inputs stand for: files as given, every file of a folder, the matches of a glob. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from './read-input';

/** Characters that make an argument a glob pattern. */
const GLOB_CHARS = /[*?[]/;

/**
 * The files of `inputs`, in order, each once: a file or `-` as given, a
 * folder's files (subfolders included, hidden ones left out) in name order,
 * a glob's matches in name order (`*` and `?` within a name, `**` across
 * folders, `[...]` a class), for shells that do not expand them. An input that
 * names nothing throws an `InputError`.
 */
export async function inputFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const found = await filesOf(input);
    if (found.length === 0) throw new InputError(`${input}: no file matches`);
    files.push(...found);
  }
  return [...new Set(files)];
}

async function filesOf(input: string): Promise<string[]> {
  if (input === '-') return [input];
  const info = await stat(input).catch(() => undefined);
  if (info?.isDirectory()) return walk(input);
  if (info || !GLOB_CHARS.test(input)) return [input];
  const parts = input.split(/[\\/]/);
  const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
  const base = parts.slice(0, firstGlob).join('/') || '.';
  const pattern = globRegExp(parts.slice(firstGlob).join('/'));
  const candidates = await walk(base).catch(() => []);
  return candidates.filter((file) => pattern.test(relative(base, file).split(sep).join('/')));
}

/** Every file under `dir`, hidden entries left out, in name order. */
async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** A glob over `/`-separated relative paths as a regular expression. */
export function globRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, none included.
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) source += '\\[';
      else {
        source += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
