/** The popup's title bar: the extension's name and the page it is looking at. */
import { siteOf } from '../../ui/site';

/** Props of {@link Header}. */
export interface HeaderProps {
  /** Title of the page, once known. */
  pageTitle?: string;
  /** URL of the page, once known; only its host is shown. */
  pageUrl?: string;
}

/** Brand line and, below it, the page's title and host. */
export function Header({ pageTitle, pageUrl }: HeaderProps) {
  const host = pageUrl ? siteOf(pageUrl) : undefined;
  return (
    <header class="header">
      <img class="header-icon" src="/icons/icon-32.png" width={20} height={20} alt="" />
      <div class="header-text">
        <h1 class="header-brand">Policy Lens</h1>
        {(pageTitle || host) && (
          <p class="header-page" title={pageTitle}>
            {pageTitle && <span lang="zh">{pageTitle}</span>}
            {host && <span class="header-host">{host}</span>}
          </p>
        )}
      </div>
    </header>
  );
}

