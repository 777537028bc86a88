// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ShortcutHint } from '../../src/popup/components/ShortcutHint';
import { waitOutEffectsAtEnd } from '../ui/after-paint';

waitOutEffectsAtEnd();

describe('the shortcut hint', () => {
  it('names the shortcut the browser has set', () => {
    const root = document.createElement('div');
    render(<ShortcutHint shortcut="Alt+Shift+H" />, root);
    expect(root.querySelector('kbd')?.textContent).toBe('Alt+Shift+H');
    expect(root.textContent).toContain('note and tags');
  });

  it('points to the Highlight button alone when the analyst removed the shortcut', () => {
    const root = document.createElement('div');
    render(<ShortcutHint shortcut="" />, root);
    expect(root.querySelector('kbd')).toBeNull();
    expect(root.textContent).toContain('Highlight button');
  });
});
