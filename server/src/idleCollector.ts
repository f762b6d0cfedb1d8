// Gives memory back when the server goes quiet. Analysing and editing a long document makes V8 grow
// its heap to several times what is alive (the garbage of each re-analysis), and V8 shrinks it only
// when told that the process is idle, which Node never does: a server that had read a 1 MB article
// kept ~400 MB resident for as long as it ran. Once nothing has happened for `idleMs`, one full
// collection returns the free heap to the system. It runs at most once per burst of work, and only
// when the heap is large and has grown since the last collection, so small articles never pay for
// it; a full collection of a large heap takes ~100 ms, which is why it waits for quiet.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The engine's full collection, made callable without a command-line flag (null if refused). */
function fullCollection(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private readonly collect = fullCollection();
  /** The heap's size after the last collection: what grew since then is what a new one can return. */
  private settledHeap = 0;

  /**
   * `idleMs`: quiet time before collecting. A heap smaller than `minHeapBytes`, or not grown by half
   * since the last collection, is left alone.
   */
  constructor(
    private readonly idleMs = 2000,
    private readonly minHeapBytes = 128 * 1024 * 1024,
    private readonly onCollected?: (beforeBytes: number, afterBytes: number, ms: number) => void,
  ) {}

  /** Something happened (an edit, a request): wait for quiet again. */
  activity(): void {
    if (!this.collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runIfWorthIt(), this.idleMs);
    this.timer.unref(); // never keeps a server that is shutting down alive
  }

  private runIfWorthIt(): void {
    this.timer = undefined;
    const before = process.memoryUsage().heapTotal;
    if (!this.collect || before < this.minHeapBytes || before < this.settledHeap * 1.5) return;
    const t0 = Date.now();
    this.collect();
    this.settledHeap = process.memoryUsage().heapTotal;
    this.onCollected?.(before, this.settledHeap, Date.now() - t0);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
