// Worker thread for `tahlil analyze --workers N`: receives `{ seq, items }` batches, answers
// `{ seq, results }` with one formatted output (or error) per item, in the same order.
import { parentPort, workerData } from 'node:worker_threads';
import { createProcessor, type ProcessOptions, type RawItem } from './pipeline.js';

const processBatch = createProcessor(workerData as ProcessOptions);

parentPort!.on('message', (m: { seq: number; items: RawItem[] }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, results: processBatch(m.items) });
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, error: (e as Error).message });
  }
});
