/** The record the database keeps of each page, shared by storage and backups. */

/** What the database knows about a page items were found or saved on. */
export interface PageRecord {
  /** Page URL without its fragment. */
  url: string;
  /** Page title, from the latest save; empty until something is saved. */
  title: string;
  /** When the page was last reported or saved from (ISO 8601). */
  lastSeen: string;
  /** Number of items found on the page when it was last read, if known. */
  itemCount?: number;
  /** Number of items saved from the page. */
  savedCount: number;
}
