import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/** Builds the extension into `dist/`, ready to load unpacked in Chrome. */
export default defineConfig({
  plugins: [
    preact(),
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
