import { makeDirectorySync } from "@s3-inventory/cli-kit";
import { createInventoryMockEngine, type InventoryMockEngine } from "../engine/inventory-mock-engine.js";
import type { InventoryMockOptions } from "../engine/inventory-mock-options.js";
import { lockDataDir } from "./data-dir-lock.js";
import { JournalFile } from "./journal-file.js";
import type { JournalFileSystem } from "./journal-file-system.js";

/**
 * An engine whose state lives in `dataDir`: the directory is locked, its journal replayed (every
 * intact record kept), saved aside and rewritten only when it held damage or much dead history, and
 * every later change journaled before it is applied and acknowledged. `summary` is the one line to
 * print about what the journal held. `close()` syncs the journal and releases the lock.
 *
 * @internal
 */
export async function openPersistentEngine(
  dataDir: string,
  options: InventoryMockOptions,
  fileSystem?: JournalFileSystem,
): Promise<{ engine: InventoryMockEngine; summary: string; close(): Promise<void> }> {
  makeDirectorySync(dataDir);
  const release = lockDataDir(dataDir);
  try {
    const opened = JournalFile.open(dataDir);
    // The journal's own state (no initial buckets): what a rewrite keeps. The served engine then
    // creates and journals any initial bucket that is missing.
    const restored = createInventoryMockEngine({
      ...options,
      buckets: [],
      journal: undefined,
      restore: opened.mutations,
    });
    const journal = await opened.start(() => restored.snapshot(), fileSystem);
    try {
      const engine = createInventoryMockEngine({ ...options, restore: restored.snapshot(), journal });
      await engine.ready;
      return {
        engine,
        summary: opened.summary,
        async close() {
          await journal.close();
          release();
        },
      };
    } catch (error) {
      await journal.close();
      throw error;
    }
  } catch (error) {
    release();
    throw error;
  }
}
