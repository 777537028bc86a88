/** JSON export: the saved items in a versioned envelope, and reading it back. */
import type { SavedItem } from '../messages';
import { validateSavedItems, type Validation } from '../validate';

/** Marks a file as a Policy Lens export. */
export const JSON_EXPORT_FORMAT = 'policy-lens';

/** Version of the envelope; raised when its shape changes. */
export const JSON_EXPORT_VERSION = 1;

/** The content of a JSON export file. */
export interface JsonExport {
  /** Always {@link JSON_EXPORT_FORMAT}. */
  format: typeof JSON_EXPORT_FORMAT;
  /** The envelope's version, {@link JSON_EXPORT_VERSION} when written by this version. */
  version: typeof JSON_EXPORT_VERSION;
  /** When the file was made (ISO 8601). */
  exportedAt: string;
  /** The saved items, as stored. */
  items: SavedItem[];
}

/** Saved items as a JSON export file, indented for people who open it. */
export function toJsonExport(items: readonly SavedItem[], exportedAt: Date): string {
  const envelope: JsonExport = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    items: [...items],
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}

/** Reads a JSON export file back, checking the envelope and every item. */
export function readJsonExport(content: string): Validation<SavedItem[]> {
  let envelope: unknown;
  try {
    envelope = JSON.parse(content);
  } catch (error) {
    return { ok: false, error: `not a JSON file: ${(error as Error).message}` };
  }
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    !('format' in envelope) ||
    envelope.format !== JSON_EXPORT_FORMAT
  ) {
    return { ok: false, error: `not a Policy Lens export (no "format": "${JSON_EXPORT_FORMAT}")` };
  }
  if (!('version' in envelope) || envelope.version !== JSON_EXPORT_VERSION) {
    const version = 'version' in envelope ? JSON.stringify(envelope.version) : 'none';
    return { ok: false, error: `unsupported export version ${version} (this version reads ${JSON_EXPORT_VERSION})` };
  }
  return validateSavedItems('items' in envelope ? envelope.items : undefined, 'items');
}
