// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isHiddenByStyle } from '../../src/dom/visibility';
import { buildPageModel } from '../../src/dom/text-model';

describe('isHiddenByStyle', () => {
  it('leaves out what the page hides through its stylesheet, and keeps what is merely invisible', () => {
    document.head.innerHTML = '<style>.folded { display: none } .ghost { visibility: hidden } .flat { display: contents }</style>';
    document.body.innerHTML =
      '<p>正文<span class="folded">折叠</span></p><p class="ghost">隐形<span style="visibility: visible">可见</span></p><div class="flat"><p>扁平</p></div>';
    expect(buildPageModel(document, { isHidden: isHiddenByStyle }).text).toBe('正文\n隐形可见\n扁平');
  });
});
