/**
 * A module of the project bundled as a script for one of the extension's
 * pages, to be evaluated there (through the debugger, out of reach of the
 * page's script policy): the module's exports become the page's global
 * `name`. Tests and benchmarks send with the extension's own code this way.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

/** The script of the module at `entry` (a path from the repository root) defining the global `name`. */
export async function pageScript(entry: string, name: string): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, lib: { entry: resolve(entry), formats: ['iife'], name } },
  });
  const [output] = (Array.isArray(built) ? built : [built]) as { output: { code?: string }[] }[];
  return output!.output[0]!.code!;
}
