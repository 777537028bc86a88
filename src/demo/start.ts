/**
 * `npm start`: serves the demo report pages on 127.0.0.1 and opens Chromium
 * with the built extension (`dist/`) loaded on a demo report, in a throw-away
 * profile that is removed when the browser closes.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionBrowserArgs, findBrowser, hasDisplay, isBrandedChrome } from './browser';
import { readReportTexts, startReportServer, type ReportServer } from './report-server';

/** The bundled report the browser opens on. */
const DEMO_REPORT = 'industrial-zone-economy';

/** Where `start` finds its inputs, relative to the repository root. */
export interface StartOptions {
  /** The repository root. */
  root: string;
  /** Where messages for the user go. */
  log?: (line: string) => void;
}

/** How to load the extension by hand, for when no browser can be started with it. */
function manualSteps(distDir: string, url: string): string {
  return [
    'To try Policy Lens by hand:',
    '  1. Open chrome://extensions in Chrome or Chromium and turn on "Developer mode".',
    `  2. Click "Load unpacked" and choose ${distDir}`,
    `  3. Open the demo report: ${url}`,
  ].join('\n');
}

/** Resolves when the process is asked to stop (Ctrl+C or SIGTERM). */
function stopRequested(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** Runs the browser on `url` until it exits or the user stops `npm start`; the profile is removed afterwards. */
async function runBrowser(browserPath: string, distDir: string, url: string, log: (line: string) => void): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'policy-lens-profile-'));
  // Chromium refuses to run as root with its sandbox on (containers, CI boxes).
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const args = [
    ...extensionBrowserArgs(distDir),
    // Branded Chrome 137+ honours --load-extension only with this feature off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ...rootOnly,
    `--user-data-dir=${profile}`,
    url,
  ];
  const browser = spawn(browserPath, args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => {
    browser.once('exit', () => resolve());
    browser.once('error', (err) => {
      log(`Could not start ${browserPath}: ${err.message}`);
      resolve();
    });
  });
  log(`Opened ${browserPath} with Policy Lens on ${url}`);
  log('Close the browser window (or press Ctrl+C) to stop.');
  await Promise.race([exited, stopRequested()]);
  if (browser.exitCode === null) {
    browser.kill();
    await exited;
  }
  await rm(profile, { recursive: true, force: true, maxRetries: 3 });
}

/** Serves the demo pages and opens the browser with the extension; returns when the user is done. */
export async function start({ root, log = (line) => console.log(line) }: StartOptions): Promise<void> {
  const distDir = resolve(root, 'dist');
  if (!existsSync(join(distDir, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${distDir} has no manifest.json. Run \`npm run build\` first.`);
  }
  const folders = [resolve(root, 'src/demo/pages'), resolve(root, 'eval/corpus')];
  const server: ReportServer = await startReportServer(await readReportTexts(folders));
  try {
    const demoUrl = server.report(DEMO_REPORT).url;
    log(`Demo report pages: ${server.origin}`);
    const browserPath = findBrowser();
    if (!browserPath || !hasDisplay()) {
      log(browserPath ? 'No display is available (neither $DISPLAY nor $WAYLAND_DISPLAY is set), so no browser window can open.' : 'No Chromium or Chrome was found (set $CHROME_PATH to its executable).');
      log(manualSteps(distDir, demoUrl));
      log('The demo pages are served until you press Ctrl+C.');
      await stopRequested();
      return;
    }
    if (isBrandedChrome(browserPath)) {
      log('Google Chrome 137 and later ignore --load-extension; if Policy Lens does not appear, load it by hand.');
      log(manualSteps(distDir, demoUrl));
    }
    await runBrowser(browserPath, distDir, demoUrl, log);
  } finally {
    await server.close();
  }
}
