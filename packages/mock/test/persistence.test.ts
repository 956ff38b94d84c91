import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseXml } from "@s3-inventory/model";
import { afterAll, describe, expect, it } from "vitest";
import { killStartedBins, runBin, startBin } from "./support/spawn-mock.js";

const AUTH = `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`;
const body = (id: string, format = "CSV") =>
  `<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><Bucket>arn:aws:s3:::dest</Bucket><Format>${format}</Format></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Id>${id}</Id><IncludedObjectVersions>All</IncludedObjectVersions><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>`;

const directories: string[] = [];
afterAll(() => {
  killStartedBins();
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

function send(
  agent: Agent,
  url: string,
  method: string,
  path: string,
  payload?: string,
): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: target.hostname, port: target.port, method, path, headers: { authorization: AUTH } },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

async function listAll(url: string): Promise<Map<string, string>> {
  const agent = new Agent({ keepAlive: true });
  const found = new Map<string, string>();
  let token: string | undefined;
  do {
    const query = token ? `continuation-token=${encodeURIComponent(token)}&inventory=` : "inventory=";
    const page = await send(agent, url, "GET", `/src/?${query}`);
    expect(page.status).toBe(200);
    const root = parseXml(page.text);
    for (const item of root.children.filter((child) => child.name === "InventoryConfiguration")) {
      const field = (name: string) => item.children.find((child) => child.name === name);
      const format =
        field("Destination")?.children[0]?.children.find((child) => child.name === "Format")?.text ?? "";
      found.set(field("Id")?.text ?? "", format);
    }
    token = root.children.find((child) => child.name === "NextContinuationToken")?.text;
  } while (token);
  agent.destroy();
  return found;
}

describe("persistence with --data-dir", () => {
  it("keeps every acknowledged write through kill -9 during a write storm, and a torn last record", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "s3-inventory-mock-"));
    directories.push(dataDir);
    const first = await startBin(["--port", "0", "--data-dir", dataDir, "--bucket", "src"]);

    // Acknowledged state, as the clients saw it: id -> format (overwrites) or absent (deletes).
    const acknowledged = new Map<string, string | undefined>();
    // The one write per worker that may be in flight when the server dies: either outcome is allowed.
    const inFlight = new Map<string, string | undefined>();
    const track = async (
      id: string,
      target: string | undefined,
      write: () => Promise<{ status: number }>,
    ) => {
      inFlight.set(id, target);
      const answer = await write();
      inFlight.delete(id);
      if (answer.status === 204) acknowledged.set(id, target);
    };
    let stop = false;
    const writer = async (worker: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; !stop; i++) {
        const id = `w${worker}-${i}`;
        try {
          await track(id, "CSV", () => send(agent, first.url, "PUT", `/src/?id=${id}&inventory=`, body(id)));
          if (i % 5 === 4) {
            const previous = `w${worker}-${i - 1}`;
            await track(previous, "ORC", () =>
              send(agent, first.url, "PUT", `/src/?id=${previous}&inventory=`, body(previous, "ORC")),
            );
            const removed = `w${worker}-${i - 2}`;
            await track(removed, undefined, () =>
              send(agent, first.url, "DELETE", `/src/?id=${removed}&inventory=`),
            );
          }
        } catch {
          break; // the server was killed: this write was never acknowledged
        }
      }
      agent.destroy();
    };
    const writers = Array.from({ length: 6 }, (_, worker) => writer(worker));
    while (acknowledged.size < 300) await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill("SIGKILL");
    const killed = await first.exited;
    stop = true;
    await Promise.all(writers);
    expect(killed.signal).toBe("SIGKILL");

    const second = await startBin(["--port", "0", "--data-dir", dataDir, "--bucket", "src"]);
    const recovered = await listAll(second.url);
    expect(acknowledged.size).toBeGreaterThanOrEqual(300);
    for (const [id, format] of acknowledged) {
      if (inFlight.has(id)) {
        expect([format, inFlight.get(id)]).toContain(recovered.get(id));
        continue;
      }
      if (format === undefined) expect(recovered.has(id), `${id} was deleted`).toBe(false);
      else expect(recovered.get(id), `${id}`).toBe(format);
    }
    // Writes in flight at the kill may or may not be there, but nothing else can be.
    for (const id of recovered.keys()) expect(id).toMatch(/^w\d-\d+$/);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);

    // A crash in the middle of an append leaves a torn last record: it is dropped, said so on stderr,
    // and the original is kept aside before the journal is rewritten; nothing else is lost.
    appendFileSync(
      join(dataDir, "journal.log"),
      '\x1e90 0badc0de {"type":"putConfiguration","bucket":"src","id":"torn',
    );
    const third = await startBin(["--port", "0", "--data-dir", dataDir]);
    expect(await listAll(third.url)).toEqual(recovered);
    third.child.kill("SIGTERM");
    const { stderr } = await third.exited;
    const line =
      /^s3-inventory-mock: journal \S+: kept \d+ records, dropped 65 damaged bytes in 1 place; original saved as (\S+)\n$/.exec(
        stderr,
      );
    expect(line, stderr).not.toBeNull();
    expect(readFileSync(line?.[1] ?? "", "latin1")).toMatch(/"id":"torn$/);
  });

  it("refuses a data directory another live server holds", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "s3-inventory-mock-"));
    directories.push(dataDir);
    const holder = await startBin(["--port", "0", "--data-dir", dataDir]);
    const second = await runBin(["--port", "0", "--data-dir", dataDir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /^s3-inventory-mock: data directory .* is in use by process \d+ \(another s3-inventory-mock\)\n$/,
    );
    holder.child.kill("SIGTERM");
    await holder.exited;
  });
});

// A real full disk: a 256 KiB tmpfs, which needs root (CI runs as root) and a kernel that allows it.
const tmpfs = (() => {
  const mountPoint = mkdtempSync(join(tmpdir(), "s3-inventory-tmpfs-"));
  directories.push(mountPoint);
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint], { stdio: "pipe" });
    return { mountPoint, problem: undefined };
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error)
      .trim()
      .split("\n")[0];
    return { mountPoint, problem: `mount -t tmpfs was refused here: ${stderr}` };
  }
})();
afterAll(() => {
  if (tmpfs.problem === undefined) execFileSync("umount", ["-l", tmpfs.mountPoint]);
});

describe("persistence on a disk that fills up", () => {
  it.skipIf(tmpfs.problem !== undefined)(
    `refuses writes with 500 while the tmpfs is full, loses nothing acknowledged before or after${tmpfs.problem ? ` (skipped: ${tmpfs.problem})` : ""}`,
    async () => {
      const dataDir = join(tmpfs.mountPoint, "data");
      // Leave room for a few dozen records only.
      const filler = join(tmpfs.mountPoint, "filler");
      writeFileSync(filler, Buffer.alloc(236 * 1024));
      const first = await startBin(["--port", "0", "--data-dir", dataDir, "--bucket", "src"]);
      const agent = new Agent({ keepAlive: true });
      const acknowledged: string[] = [];
      const refused: string[] = [];
      for (let i = 0; refused.length < 5 && i < 1000; i++) {
        const id = `full-${i}`;
        const answer = await send(agent, first.url, "PUT", `/src/?id=${id}&inventory=`, body(id));
        if (answer.status === 204) acknowledged.push(id);
        else {
          expect(answer.status).toBe(500);
          expect(answer.text).toContain("<Code>InternalError</Code>");
          refused.push(id);
        }
      }
      expect(refused).toHaveLength(5);
      expect(acknowledged.length).toBeGreaterThan(10);
      // A refused write is not in memory either.
      expect((await send(agent, first.url, "GET", `/src/?id=${refused[0]}&inventory=`)).status).toBe(404);
      rmSync(filler);
      for (let i = 0; i < 20; i++) {
        const id = `after-${i}`;
        expect((await send(agent, first.url, "PUT", `/src/?id=${id}&inventory=`, body(id))).status).toBe(204);
        acknowledged.push(id);
      }
      agent.destroy();
      first.child.kill("SIGKILL");
      await first.exited;
      const second = await startBin(["--port", "0", "--data-dir", dataDir]);
      expect([...(await listAll(second.url)).keys()].sort()).toEqual([...acknowledged].sort());
      second.child.kill("SIGTERM");
      expect((await second.exited).stderr).toMatch(/dropped none; not rewritten\n$/);
    },
  );
});
