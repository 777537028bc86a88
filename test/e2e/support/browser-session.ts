/**
 * One browser with the extension for a test file: the report server and the
 * browser start on a fresh profile before the file's tests, and are closed,
 * the profile removed, after them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ReportServer } from '../../../src/demo/report-server';
import { serveCorpus } from './corpus-pages';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';
import type { LoggedRequest } from './network-log';

/** The browser and the pages of a test file. */
export class BrowserSession {
  private browser: ExtensionBrowser | undefined;
  private pages: ReportServer | undefined;
  private profile: string | undefined;
  /** Requests of the browsers closed by {@link restart}. */
  private readonly earlierRequests: LoggedRequest[] = [];

  /** The running browser (a new one after {@link restart}). */
  get extension(): ExtensionBrowser {
    if (!this.browser) throw new Error('The browser runs only while the tests of the file run');
    return this.browser;
  }

  /** The server of the report pages. */
  get server(): ReportServer {
    if (!this.pages) throw new Error('The report server runs only while the tests of the file run');
    return this.pages;
  }

  /** Every request any browser of the session has made so far. */
  requests(): LoggedRequest[] {
    return [...this.earlierRequests, ...(this.browser?.network.requests ?? [])];
  }

  /** Starts the server and the browser on a new profile. */
  async start(startServer: () => Promise<ReportServer>): Promise<void> {
    this.pages = await startServer();
    this.profile = await mkdtemp(join(tmpdir(), 'policy-lens-e2e-'));
    this.browser = await launchExtensionBrowser(this.profile);
  }

  /** Closes the browser and starts it again on the same profile, as a user who quits and comes back. */
  async restart(): Promise<void> {
    const closing = this.extension;
    this.browser = undefined;
    this.earlierRequests.push(...closing.network.requests);
    await closing.close();
    this.browser = await launchExtensionBrowser(this.profile!);
  }

  /** Closes everything and removes the profile. */
  async stop(): Promise<void> {
    await this.browser?.close();
    await this.pages?.close();
    if (this.profile) await rm(this.profile, { recursive: true, force: true });
  }
}

/** A {@link BrowserSession} for the tests of the calling file; `startServer` serves the corpus unless told otherwise. */
export function useBrowserSession(startServer: () => Promise<ReportServer> = serveCorpus): BrowserSession {
  const session = new BrowserSession();
  beforeAll(() => session.start(startServer));
  afterAll(() => session.stop());
  return session;
}
