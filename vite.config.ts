import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { type Plugin, defineConfig } from 'vite';
import { highlightCss } from './src/content/paint/layers';

/** The highlights' style sheet, as the manifest's content script entry names it under `css`. */
const HIGHLIGHT_SHEET = manifest.content_scripts[0]!.css[0]!;

/**
 * Emits the highlights' style sheet, built from the palette in `layers.ts`, as the file the
 * manifest's content script entry lists under `css`: Chromium inserts it before the page is
 * parsed, with no script run then, and the content script need not adopt it once the page is
 * laid out (which restyles every element).
 */
function highlightStyleSheet(): Plugin {
  return {
    name: 'policy-lens:highlight-style-sheet',
    buildStart() {
      this.emitFile({ type: 'asset', fileName: HIGHLIGHT_SHEET, source: `${highlightCss()}\n` });
    },
  };
}

/** Builds the extension into `dist/`, ready to load unpacked in Chrome. */
export default defineConfig({
  plugins: [
    preact(),
    highlightStyleSheet(),
    crx({
      manifest: manifest as ManifestV3Export,
      contentScripts: {
        // One self-contained file: an ES module content script would need a loader
        // and its chunks listed as web_accessible_resources readable by every page.
        standaloneFiles: ['src/content/index.ts'],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome105',
    // The preload polyfill fetches module chunks itself; Chrome 105+ preloads natively, and the
    // extension then carries no fetch call at all.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // Extension pages the manifest does not name (the popup is named there).
      input: { library: 'src/library/index.html' },
    },
  },
});
