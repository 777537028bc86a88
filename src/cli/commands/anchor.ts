/** `policy-lens anchor`: W3C Web Annotations placed back in a page (the command itself is in `../anchor`). */
import { ANCHOR_USAGE, runAnchor } from '../anchor';
import type { CliCommand } from '../command';

/** The `anchor` command. */
export const anchorCommand: CliCommand = {
  name: 'anchor',
  usage: ANCHOR_USAGE.replace(/^usage: /, ''),
  run: runAnchor,
};
