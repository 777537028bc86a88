/**
 * The only script of a bare extension page of `bench/store.e2e.ts`: the
 * extension's own read of every saved item (`readSavedItems`, as the popup
 * and the library read them) started as the script loads, with nothing else
 * on the page's thread, as plain IndexedDB's bare page reads. The read times
 * itself (its User Timing measure); a failure is left to the console, and the
 * bench, told nothing, times out.
 */
import { readSavedItems } from '../../src/background/extension-page-reader';

readSavedItems().catch((error: unknown) => console.error(error));
