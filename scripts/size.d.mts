// Types of scripts/size.mjs, for tests/package.size.test.ts.
export declare const LIMITS: Record<string, number>;
export declare function measure(): Promise<{
  sizes: Record<string, number>;
  raw: Record<string, number>;
  files: { path: string; size: number }[];
}>;
