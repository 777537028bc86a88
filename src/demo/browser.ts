/**
 * Where to find a Chromium-based browser and how to start it with the
 * unpacked extension loaded: shared by `npm start` and the end-to-end tests.
 */
import { existsSync } from 'node:fs';

/**
 * Flags that load the unpacked extension in `distDir` (an absolute path) and
 * keep the browser itself quiet: no first-run dialogs, no sync, no component
 * or background downloads, so that every request seen comes from the pages.
 */
export function extensionBrowserArgs(distDir: string): string[] {
  return [
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Browsers to try, best first: Chromium loads unpacked extensions from the command line, branded Chrome 137+ does not. */
const BROWSER_CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    `${process.env['LOCALAPPDATA'] ?? ''}\\Chromium\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

/** The browser to start: `$CHROME_PATH` when set, else the first known install found; undefined when none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string | undefined {
  const chosen = env['CHROME_PATH'];
  if (chosen) return chosen;
  return (BROWSER_CANDIDATES[platform] ?? []).find((path) => existsSync(path));
}

/** Whether the browser at this path is branded Google Chrome, which ignores `--load-extension` since version 137. */
export function isBrandedChrome(browserPath: string): boolean {
  return /google[ -]?chrome/i.test(browserPath);
}

/** Whether a window can be shown: always on macOS and Windows, on Linux only with an X11 or Wayland display. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}
