/**
 * `memo` without `preact/compat`: compat, once loaded, runs a hook on every
 * element the extension's pages create (copying and renaming its props for
 * React's sake) and on every event, which a list being scrolled pays for in
 * every frame.
 */
import { Component, type ComponentType, type FunctionComponent } from 'preact';

/** True when `a` and `b` have the same own keys with the same values (`Object.is`). */
function shallowEqual(a: object, b: object): boolean {
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The component `render`, rendered again only when one of its props changed (compared one by one). */
export function memo<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  return class Memo extends Component<P> {
    static override displayName = `Memo(${render.displayName ?? render.name})`;

    override shouldComponentUpdate(next: P): boolean {
      return !shallowEqual(this.props, next);
    }

    override render(props: P) {
      return render(props);
    }
  };
}
