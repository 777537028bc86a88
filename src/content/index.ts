/** Content script of Policy Lens, run on every report page. */
import { browserPort } from './browser-port';
import { startContentScript } from './content-script';

startContentScript(document, browserPort);
