/** The footer: the saved count, the library, and downloads of everything saved. */
import type { ExportFormat } from '../../shared/messages';

/** Props of {@link ExportBar}. */
export interface ExportBarProps {
  /** How many items of this page are saved. */
  savedOnPage: number;
  /** True while another action is under way. */
  busy: boolean;
  /** Starts the download of every saved item. */
  onExport(format: ExportFormat): void;
  /** Opens the library of every saved item. */
  onOpenLibrary(): void;
}

/** Saved count for the page, a Library button and one button per export format. */
export function ExportBar({ savedOnPage, busy, onExport, onOpenLibrary }: ExportBarProps) {
  return (
    <footer class="export">
      <p class="export-summary">
        {savedOnPage === 0 ? 'None saved from this page' : `${savedOnPage} saved from this page`}
      </p>
      <div class="export-actions">
        <button type="button" class="button open-library" title="Every saved item, of every page" onClick={onOpenLibrary}>
          Library
        </button>
        <span class="export-label" aria-hidden="true">
          Export
        </span>
        <button
          type="button"
          class="button"
          disabled={busy}
          aria-label="Export all saved items as CSV"
          title="For spreadsheets: Excel, WPS, LibreOffice"
          onClick={() => onExport('csv')}
        >
          CSV
        </button>
        <button
          type="button"
          class="button"
          disabled={busy}
          aria-label="Export all saved items as JSON"
          onClick={() => onExport('json')}
        >
          JSON
        </button>
      </div>
    </footer>
  );
}
