// The pool of worker threads of `tahlil analyze --workers N`. Kept out of pipeline.ts, which the
// worker shares: this module is bundled into dist/cli/main.js only, so that its import.meta.url
// is beside dist/cli/worker.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ItemResult, ProcessOptions, RawItem } from './pipeline.js';

/** dist/cli/worker.js, next to this bundle (or under cli/ when the bundler put this module in a shared chunk). */
function workerScript(): URL {
  const candidates = [new URL('./worker.js', import.meta.url), new URL('./cli/worker.js', import.meta.url)];
  return candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]!;
}

interface Pending {
  resolve: (r: ItemResult[]) => void;
  reject: (e: Error) => void;
}

/** A fixed set of worker threads running {@link createProcessor}; each batch goes to the least busy one. */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: Map<number, Pending> }[] = [];
  private seq = 0;

  constructor(size: number, options: ProcessOptions, script: URL = workerScript()) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: options });
      const slot = { worker, busy: new Map<number, Pending>() };
      const failAll = (e: Error) => {
        for (const p of slot.busy.values()) p.reject(e);
        slot.busy.clear();
      };
      worker.on('message', (m: { seq: number; results?: ItemResult[]; error?: string }) => {
        const p = slot.busy.get(m.seq);
        if (!p) return;
        slot.busy.delete(m.seq);
        if (m.results) p.resolve(m.results);
        else p.reject(new Error(m.error ?? 'worker failed'));
      });
      worker.on('error', (e) => failAll(new Error(`worker thread failed: ${e.message}`)));
      worker.on('exit', (code) => {
        if (slot.busy.size > 0) failAll(new Error(`worker thread exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  run(items: RawItem[]): Promise<ItemResult[]> {
    const slot = this.workers.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      slot.busy.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, items });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
