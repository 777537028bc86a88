/** The export buttons of the popup and the library: one per format, saying which items they take. */
import type { ExportFormat } from '../shared/messages';

/** The formats that list the items in scope, with their button text and what they are for. */
const ITEM_FORMATS: readonly { format: Exclude<ExportFormat, 'json'>; label: string; name: string; title: string }[] = [
  { format: 'csv', label: 'CSV', name: 'CSV', title: 'For spreadsheets: Excel, WPS, LibreOffice' },
  { format: 'md', label: 'Markdown', name: 'Markdown', title: 'Grouped by page, ready to paste into a report' },
  { format: 'csl', label: 'Cite', name: 'CSL-JSON citations', title: 'Citations for Zotero and other reference managers' },
  { format: 'w3c', label: 'W3C', name: 'W3C Web Annotations', title: 'Web Annotations (JSON-LD) for annotation tools' },
];

/** Props of {@link ExportButtons}. */
export interface ExportButtonsProps {
  /** Which items the buttons export, in words: `this page’s 3 items`, `the 12 shown`. */
  what: string;
  /** Whether there is nothing in scope (the item formats are then disabled; the backup is not). */
  empty: boolean;
  /** True while another action is under way. */
  busy: boolean;
  /** Starts the download in `format`; `json` is the backup of the whole library. */
  onExport(format: ExportFormat): void;
  /** Whether Backup ends the group (true by default); false where it stands elsewhere, beside the library. */
  withBackup?: boolean;
}

/** `Export <what>:` and a button per item format, then Backup, which always holds everything. */
export function ExportButtons({ what, empty, busy, onExport, withBackup = true }: ExportButtonsProps) {
  return (
    <div class="export-actions" role="group" aria-label={`Export ${what}`}>
      <span class="export-label">Export {what}</span>
      {ITEM_FORMATS.map(({ format, label, name, title }) => (
        <button
          key={format}
          type="button"
          class="button"
          data-format={format}
          disabled={busy || empty}
          aria-label={`Export ${what} as ${name}`}
          title={title}
          onClick={() => onExport(format)}
        >
          {label}
        </button>
      ))}
      {withBackup && <BackupButton busy={busy} onExport={onExport} />}
    </div>
  );
}

/** Backup: the download of the whole library as JSON, whatever is in scope. */
export function BackupButton({ busy, onExport }: Pick<ExportButtonsProps, 'busy' | 'onExport'>) {
  return (
    <button
      type="button"
      class="button"
      data-format="json"
      disabled={busy}
      aria-label="Back up every saved item, note and tag as JSON"
      title="The whole library as JSON, to import again later or elsewhere"
      onClick={() => onExport('json')}
    >
      Backup
    </button>
  );
}
