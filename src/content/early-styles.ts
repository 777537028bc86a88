/**
 * The content script that runs before the page is parsed: it only adopts the
 * style sheet the highlights are drawn with, so that no recalculation of the
 * whole page's style follows when the main content script starts once the
 * page is loaded.
 */
import { adoptPainterStyles } from './paint/choose-painter';

adoptPainterStyles(document);
