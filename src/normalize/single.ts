import { compile, pass, type FormsTable } from './engine.js';
import { NO_OPERATIONS, checkText, type NormalizeOperations } from './options.js';

/** Runs one operation alone (what the named helpers do). Internal. */
export function runSingle(
  fn: string,
  text: unknown,
  patch: Partial<NormalizeOperations>,
  forms?: FormsTable,
): string {
  checkText(fn, text);
  return pass(text, compile({ ...NO_OPERATIONS, ...patch }, forms), false).text;
}
