/** The footer: the saved count, the library, and downloads of this page's saved items or a backup of all. */
import type { ExportFormat } from '../../shared/messages';
import { BackupButton, ExportButtons } from '../../ui/ExportButtons';

/** Props of {@link ExportBar}. */
export interface ExportBarProps {
  /** How many items of this page are saved. */
  savedOnPage: number;
  /** True while another action is under way. */
  busy: boolean;
  /** Starts the download of this page's saved items in `format` (`json`: the backup of everything). */
  onExport(format: ExportFormat): void;
  /** Opens the library of every saved item. */
  onOpenLibrary(): void;
}

/** Saved count for the page with the Library and Backup buttons (both about every saved item), then the export buttons of this page's saved items. */
export function ExportBar({ savedOnPage, busy, onExport, onOpenLibrary }: ExportBarProps) {
  return (
    <footer class="export">
      <div class="export-row">
        <p class="export-summary">
          {savedOnPage === 0 ? 'None saved from this page' : `${savedOnPage} saved from this page`}
        </p>
        <div class="export-library">
          <button type="button" class="button open-library" title="Every saved item, of every page" onClick={onOpenLibrary}>
            Library
          </button>
          <BackupButton busy={busy} onExport={onExport} />
        </div>
      </div>
      <ExportButtons what="this page" empty={savedOnPage === 0} busy={busy} onExport={onExport} withBackup={false} />
    </footer>
  );
}
