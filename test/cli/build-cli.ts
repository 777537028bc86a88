/**
 * Vitest global setup: builds the command line bundle from the current sources,
 * so the command line's tests never run a bundle older than the code they test.
 */
import { build } from 'vite';

export default async function buildCli(): Promise<void> {
  await build({ configFile: 'vite.cli.config.ts', logLevel: 'error' });
}
