import { createInventoryMockEngine, type InventoryMockEngine } from "../engine/inventory-mock-engine.js";
import type { InventoryMockOptions } from "../engine/inventory-mock-options.js";
import { lockDataDir } from "./data-dir-lock.js";
import { makeDirectorySync } from "@s3-inventory/cli-kit";
import { JournalFile } from "./journal-file.js";

/**
 * An engine whose state lives in `dataDir`: the directory is locked, its journal replayed (a torn
 * last record ignored), rewritten compactly with the initial buckets in it, and every later change
 * journaled before it is acknowledged. `close()` syncs the journal and releases the lock.
 *
 * @example
 * ```ts
 * const { engine, close } = await openPersistentEngine("/tmp/s3-mock", { buckets: ["src"] });
 * // ... serve engine ...
 * await close();
 * ```
 */
export async function openPersistentEngine(
  dataDir: string,
  options: InventoryMockOptions,
): Promise<{ engine: InventoryMockEngine; close(): Promise<void> }> {
  makeDirectorySync(dataDir);
  const release = lockDataDir(dataDir);
  try {
    const opened = await JournalFile.open(dataDir);
    // Replay into a first engine (which also creates any missing initial bucket), then start the
    // journal afresh from that state and serve a second engine that records to it.
    const restored = createInventoryMockEngine({ ...options, journal: undefined, restore: opened.mutations });
    const journal = await opened.compact(restored.snapshot());
    const engine = createInventoryMockEngine({ ...options, restore: restored.snapshot(), journal });
    return {
      engine,
      async close() {
        await journal.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
