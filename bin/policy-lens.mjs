#!/usr/bin/env node
// The `policy-lens` command. Its code is bundled into dist-cli/ by `npm install`
// (the prepare script) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/policy-lens.mjs', import.meta.url);
if (!existsSync(bundle)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`policy-lens: the command line is not built yet; run \`npm run build:cli\` in ${root}\n`);
  process.exit(1);
}
await import(bundle.href);
