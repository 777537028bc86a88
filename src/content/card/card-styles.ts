/**
 * The card's stylesheet, adopted by its shadow root: the page's CSS cannot
 * reach in, and these rules cannot leak out.
 */
export const CARD_CSS = `
:host {
  all: initial;
  position: fixed;
  inset: 0 auto auto 0;
  width: 0;
  height: 0;
  z-index: 2147483647;
}
.card {
  box-sizing: border-box;
  width: min(340px, calc(100vw - 16px));
  max-height: min(420px, calc(100vh - 16px));
  overflow: auto;
  padding: 10px 12px;
  border-radius: 8px;
  border: 1px solid #c9ccd1;
  background: #ffffff;
  color: #1d1d1f;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 13px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  text-align: left;
}
@media (prefers-color-scheme: dark) {
  .card { background: #24262b; color: #eceef1; border-color: #464a52; }
  .badge { background: #363a42; }
  dt { color: #a9afb8; }
}
.card-header { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.badge { padding: 1px 6px; border-radius: 10px; background: #eef0f3; font-size: 12px; }
.badge-indicator { background: rgba(255, 193, 7, 0.45); color: inherit; }
.badge-commitment { background: rgba(66, 133, 244, 0.3); color: inherit; }
.status-target { background: rgba(255, 112, 0, 0.4); }
.copy-citation {
  margin-left: auto;
  border: 1px solid currentColor;
  border-radius: 4px;
  background: none;
  color: inherit;
  font: inherit;
  font-size: 11px;
  padding: 0 6px;
  cursor: pointer;
  opacity: 0.8;
}

.copy-citation + .close {
  margin-left: 6px;
}

.close {
  margin-left: auto;
  border: none;
  background: none;
  color: inherit;
  font-size: 18px;
  line-height: 1;
  cursor: pointer;
  padding: 0 2px;
}
.card-text {
  margin: 8px 0;
  display: -webkit-box;
  -webkit-line-clamp: 4;
  -webkit-box-orient: vertical;
  overflow: hidden;
}
.card-fields { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; }
.field { display: contents; }
dt { color: #5f6670; }
dd { margin: 0; overflow-wrap: anywhere; }
.card-footer { display: flex; align-items: center; justify-content: flex-end; gap: 8px; }
.save {
  border: 1px solid #1a73e8;
  border-radius: 5px;
  background: #1a73e8;
  color: #fff;
  padding: 3px 14px;
  font: inherit;
  cursor: pointer;
}
.save:disabled { opacity: 0.6; cursor: default; }
.saved { color: #188038; font-weight: 600; }
@media (prefers-color-scheme: dark) { .saved { color: #81c995; } }
.save-error { color: #d93025; font-size: 12px; }
.badge-highlight { background: rgba(255, 214, 0, 0.45); }
.saved { margin: 0 0 6px; }
.editor { display: grid; gap: 6px; }
.editor-field { display: grid; gap: 2px; font-size: 12px; color: inherit; }
.editor-field span { color: #5f6670; }
.note, .tags {
  box-sizing: border-box;
  width: 100%;
  padding: 3px 6px;
  border: 1px solid #c9ccd1;
  border-radius: 4px;
  background: transparent;
  color: inherit;
  font: inherit;
  resize: vertical;
}
.swatches { display: flex; gap: 6px; }
.swatch {
  width: 18px;
  height: 18px;
  padding: 0;
  border: 2px solid transparent;
  border-radius: 50%;
  cursor: pointer;
}
.swatch[aria-checked="true"] { border-color: #1d1d1f; box-shadow: 0 0 0 1px #fff inset; }
.submit, .undo {
  border: 1px solid #1a73e8;
  border-radius: 5px;
  background: #1a73e8;
  color: #fff;
  padding: 3px 12px;
  font: inherit;
  cursor: pointer;
}
.delete {
  margin-right: auto;
  border: 1px solid #d93025;
  border-radius: 5px;
  background: transparent;
  color: #d93025;
  padding: 3px 10px;
  font: inherit;
  cursor: pointer;
}
.submit:disabled, .delete:disabled { opacity: 0.6; cursor: default; }
.deleted { margin-right: auto; color: #5f6670; }
`;
