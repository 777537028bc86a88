/**
 * Rereading the saved items on news that they changed, without piling up:
 * news comes once per stored batch of a large save (tens of times a minute),
 * and each rereading lists every item saved from the page. The rereading
 * never runs twice at once: news that comes while it runs, or while the gate
 * is held, makes it run once more afterwards.
 */
export class NewsGate {
  /** Whether the task runs now. */
  private running = false;
  /** Whether news came that the task has not yet answered. */
  private waiting = false;
  /** Holds in force: while there are any, news waits. */
  private holds = 0;

  /** `task` rereads; its failure is its own to report. */
  constructor(private readonly task: () => Promise<void>) {}

  /** News of a change came. */
  notify(): void {
    this.waiting = true;
    this.pump();
  }

  /**
   * Holds news back, e.g. while the popup's own save runs (it knows what it
   * stored); the returned function lets go, once, and runs the task if news
   * came meanwhile.
   */
  hold(): () => void {
    this.holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      this.pump();
    };
  }

  /** Runs the task if news waits and nothing stops it. */
  private pump(): void {
    if (this.running || this.holds > 0 || !this.waiting) return;
    this.waiting = false;
    this.running = true;
    void this.task().finally(() => {
      this.running = false;
      this.pump();
    });
  }
}
