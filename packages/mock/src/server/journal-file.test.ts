import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { StateMutation } from "../engine/state/state-mutation.js";
import { errorCode, inventoryXml, send } from "../../test/support/engine-requests.js";
import { JournalFile, JournalWriteError } from "./journal-file.js";
import { type JournalFileSystem, nodeJournalFileSystem } from "./journal-file-system.js";
import { decodeJournal } from "./journal-record.js";
import { openPersistentEngine } from "./open-persistent-engine.js";

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});
function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), "s3-inventory-journal-"));
  directories.push(directory);
  return directory;
}

const put = (id: string): StateMutation => ({
  type: "putConfiguration",
  bucket: "src",
  id,
  configuration: {
    Id: id,
    IsEnabled: true,
    IncludedObjectVersions: "All",
    Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::dest", Format: "CSV" } },
    Schedule: { Frequency: "Daily" },
  },
});
const ids = (directory: string): string[] =>
  decodeJournal(readFileSync(join(directory, "journal.log"))).mutations.map((m) =>
    "id" in m ? m.id : "bucket" in m ? m.bucket : m.type,
  );
const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

/** The real file system, with faults switched on and off by the test. */
function faultyFileSystem() {
  const faults = {
    shortWrites: false,
    writeFails: undefined as string | undefined,
    syncFails: undefined as string | undefined,
    writes: 0,
    syncs: 0,
  };
  const fileSystem: JournalFileSystem = {
    ...nodeJournalFileSystem,
    async write(fd, buffer, offset, length, position) {
      faults.writes++;
      if (faults.writeFails) {
        // Part of the record reaches the disk before the disk fills up.
        await nodeJournalFileSystem.write(fd, buffer, offset, Math.min(length, 5), position);
        throw failure(faults.writeFails);
      }
      const count = faults.shortWrites ? Math.min(length, 1 + (faults.writes % 7)) : length;
      return nodeJournalFileSystem.write(fd, buffer, offset, count, position);
    },
    async datasync(fd) {
      faults.syncs++;
      if (faults.syncFails) throw failure(faults.syncFails);
      return nodeJournalFileSystem.datasync(fd);
    },
  };
  return { faults, fileSystem };
}

describe("JournalFile", () => {
  it("continues short writes until the whole record is written, and concurrent writes share syncs", async () => {
    const directory = temporaryDirectory();
    const { faults, fileSystem } = faultyFileSystem();
    faults.shortWrites = true;
    const journal = await JournalFile.open(directory).start(() => [], fileSystem);
    const names = Array.from({ length: 50 }, (_, i) => `short-${i}`);
    await Promise.all(names.map((name) => journal.record(put(name))));
    await journal.close();
    expect(ids(directory)).toEqual(names);
    expect(faults.writes).toBeGreaterThan(50); // the writes really were short
    expect(faults.syncs).toBeLessThan(50); // group commit
  });

  it.each([
    ["ENOSPC on write", { writeFails: "ENOSPC" }],
    ["EIO on write", { writeFails: "EIO" }],
    ["EROFS on write", { writeFails: "EROFS" }],
    ["EIO on fdatasync", { syncFails: "EIO" }],
  ])(
    "%s: the write is refused, nothing of it stays, and writes succeed again once the disk does",
    async (_, fault) => {
      const directory = temporaryDirectory();
      const { faults, fileSystem } = faultyFileSystem();
      const journal = await JournalFile.open(directory).start(() => [], fileSystem);
      await journal.record(put("before"));
      Object.assign(faults, fault);
      const refused = await Promise.allSettled([
        journal.record(put("lost-1")),
        journal.record(put("lost-2")),
      ]);
      for (const outcome of refused) {
        expect(outcome.status).toBe("rejected");
        expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(JournalWriteError);
      }
      Object.assign(faults, { writeFails: undefined, syncFails: undefined });
      await journal.record(put("after"));
      await journal.close();
      expect(ids(directory)).toEqual(["before", "after"]);
      expect(decodeJournal(readFileSync(join(directory, "journal.log"))).damagedStretches).toBe(0);
    },
  );
});

describe("a persistent engine whose disk fails", () => {
  it("answers 500 InternalError, keeps memory as a restart would show it, and recovers", async () => {
    const directory = temporaryDirectory();
    const { faults, fileSystem } = faultyFileSystem();
    const log: string[] = [];
    const first = await openPersistentEngine(directory, { buckets: ["src"] }, fileSystem);
    log.push(first.summary);
    const engine = first.engine;
    expect(
      (await send(engine, "PUT", "/src/?inventory&id=kept", { body: inventoryXml("kept") })).status,
    ).toBe(204);

    faults.writeFails = "ENOSPC";
    const refusedPut = await send(engine, "PUT", "/src/?inventory&id=new", { body: inventoryXml("new") });
    expect([refusedPut.status, errorCode(refusedPut.text)]).toEqual([500, "InternalError"]);
    const refusedDelete = await send(engine, "DELETE", "/src/?inventory&id=kept");
    expect([refusedDelete.status, errorCode(refusedDelete.text)]).toEqual([500, "InternalError"]);
    expect((await send(engine, "GET", "/src/?inventory&id=new")).status).toBe(404);
    expect((await send(engine, "GET", "/src/?inventory&id=kept")).status).toBe(200);

    faults.writeFails = undefined;
    expect(
      (await send(engine, "PUT", "/src/?inventory&id=later", { body: inventoryXml("later") })).status,
    ).toBe(204);
    const before = await send(engine, "GET", "/src/?inventory");
    await first.close();

    const second = await openPersistentEngine(directory, { buckets: ["src"] });
    log.push(second.summary);
    const after = await send(second.engine, "GET", "/src/?inventory");
    await second.close();
    expect(after.text.replace(/<RequestId>.*/, "")).toBe(before.text.replace(/<RequestId>.*/, ""));
    expect(after.text).toContain("<Id>later</Id>");
    expect(after.text).not.toContain("<Id>new</Id>");
    expect(log[1]).toMatch(/^journal .*journal\.log: kept 3 records, dropped none; not rewritten$/);
  });
});
