/**
 * Reading an import file: a Policy Lens JSON backup or a W3C Web Annotation
 * file, checked completely before anything is stored.
 */
import { MAX_IMPORT_LENGTH } from '../messages';
import type { Validation } from '../validate';
import { claimsToBeBackup, readBackup, type BackupContent } from './json';
import { looksLikeW3c, readW3c } from './w3c';

/**
 * The items and pages of an import file, or a message saying plainly why the
 * file cannot be imported (not JSON, cut short, an unknown format or version,
 * too large, a field out of place). `now` dates annotations that carry no time.
 */
export function readImportFile(content: string, now: Date): Validation<BackupContent> {
  if (content.length > MAX_IMPORT_LENGTH) {
    return { ok: false, error: `the file is too large (${content.length} characters, at most ${MAX_IMPORT_LENGTH})` };
  }
  if (content.trim() === '') return { ok: false, error: 'the file is empty' };
  const text = content.replace(/^\uFEFF/, '').trimEnd();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { message } = error as Error;
    const position = /at position (\d+)/.exec(message);
    const cut = /end of (JSON )?input|Unterminated/i.test(message) || (position && Number(position[1]) >= text.length);
    return { ok: false, error: cut ? 'the file is cut short: its JSON ends too early' : `the file is not JSON: ${message}` };
  }
  if (claimsToBeBackup(json)) return prefixed('backup', readBackup(json));
  if (looksLikeW3c(json)) {
    const items = readW3c(json, now);
    return items.ok ? { ok: true, value: { items: items.value, pages: [] } } : prefixed('Web Annotation file', items);
  }
  return { ok: false, error: 'neither a Policy Lens backup nor a W3C Web Annotation file' };
}

function prefixed<T>(what: string, validation: Validation<T>): Validation<T> {
  return validation.ok ? validation : { ok: false, error: `${what}: ${validation.error}` };
}
