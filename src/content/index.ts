/**
 * Content script of Policy Lens, run on every report page.
 *
 * Evaluating the script is one task of the page: compiling it and running
 * its top level. So that this task stays short, the top level only yields;
 * the modules (the extractor's patterns, the message schemas, the card) are
 * set up in the next task and the script started in the one after. The
 * dynamic imports load no file: content scripts are built as single
 * self-contained files (`standaloneFiles` in vite.config.ts), into which the
 * build inlines them as modules set up on first import.
 */
import { yieldToPage } from './cooperative';

async function start(): Promise<void> {
  await yieldToPage();
  const [{ startContentScript }, { browserPort }] = await Promise.all([import('./content-script'), import('./browser-port')]);
  await yieldToPage();
  startContentScript(document, browserPort);
}

void start();
