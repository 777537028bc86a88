// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { ItemList } from '../../src/popup/components/ItemList';
import type { PageItem } from '../../src/shared/messages';
import { ITEMS } from '../shared/page-fixtures';

const container = document.createElement('div');

afterEach(() => render(null, container));

/** `count` copies of a real indicator, each with its own id, as on a long report. */
function longReport(count: number): PageItem[] {
  return Array.from({ length: count }, (_, index) => ({ ...ITEMS.output, id: `${ITEMS.output.id}-${index}` }));
}

it('fills a long list in over several tasks, with the full count from the start', async () => {
  const items = longReport(150);
  const noop = () => undefined;
  await act(() =>
    render(<ItemList items={items} savedIds={new Set()} busy={false} onOpen={noop} onSave={noop} />, container),
  );
  expect(container.querySelectorAll('li.row')).toHaveLength(60);
  expect(container.querySelector('.group-count')?.textContent).toBe('150');
  expect(container.querySelector('.save-all')?.textContent).toBe('Save all (150)');
  await vi.waitFor(() => expect(container.querySelectorAll('li.row')).toHaveLength(150));
});
