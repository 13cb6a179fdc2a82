// The pool of worker threads of `tahlil analyze --workers N`. Kept out of pipeline.ts, which the
// worker shares: this module is bundled into dist/cli/main.js only, so that its import.meta.url
// is beside dist/cli/worker.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WORKER_HEAP_MB } from './memory.js';
import { where, type ItemResult, type ProcessOptions, type RawItem } from './pipeline.js';

/** dist/cli/worker.js, next to this bundle (or under cli/ when the bundler put this module in a shared chunk). */
function workerScript(): URL {
  const candidates = [new URL('./worker.js', import.meta.url), new URL('./cli/worker.js', import.meta.url)];
  return candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]!;
}

interface Pending {
  resolve: (r: ItemResult[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Pending>;
}

/**
 * A fixed number of worker threads running {@link createProcessor}; each batch goes to the least
 * busy one. Each worker's old generation is capped at `heapMb` (see {@link WORKER_HEAP_MB}): the
 * caller keeps documents too large for that out of the pool. A worker that dies (a crash, a heap that ran out) fails only the batches it held, and
 * a fresh one takes its place, so the next batches still run.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly options: ProcessOptions,
    private readonly script: URL = workerScript(),
    private readonly heapMb: number = WORKER_HEAP_MB,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const worker = new Worker(this.script, { workerData: this.options, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const slot: Slot = { worker, busy: new Map<number, Pending>() };
    const fail = (e: Error) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return; // already replaced
      for (const p of slot.busy.values()) p.reject(e);
      slot.busy.clear();
      if (this.closed) this.slots.splice(i, 1);
      else this.slots[i] = this.start();
    };
    worker.on('message', (m: { seq: number; results?: ItemResult[]; error?: string }) => {
      const p = slot.busy.get(m.seq);
      if (!p) return;
      slot.busy.delete(m.seq);
      if (m.results) p.resolve(m.results);
      else p.reject(new Error(m.error ?? 'worker failed'));
    });
    worker.on('error', (e) => fail(new Error(`worker thread failed: ${e.message}`)));
    worker.on('exit', (code) => fail(new Error(`worker thread exited with code ${code}`)));
    return slot;
  }

  run(items: RawItem[]): Promise<ItemResult[]> {
    const slot = this.slots.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      slot.busy.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, items });
    });
  }

  /**
   * Like {@link run}, but when the worker of a batch dies, the batch's items are run again one at a
   * time, each on its own: only an item that kills a worker again fails (with the reason), and the
   * others, lost with it, are analysed.
   */
  async runIsolating(items: RawItem[]): Promise<ItemResult[]> {
    try {
      return await this.run(items);
    } catch {
      const out: ItemResult[] = [];
      for (const item of items) {
        try {
          out.push(...(await this.run([item])));
        } catch (e) {
          out.push({ ok: false, where: where(item), message: `its worker thread failed (${(e as Error).message})` });
        }
      }
      return out;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
