// A contender for data directory locks, driven over stdin: for each line "DIRECTORY AT" it waits
// until the wall clock reaches AT (ms, so both contenders start together), tries once, and prints
// "won PID" (holding that lock until it exits) or "refused MESSAGE".
import { createInterface } from "node:readline";
import { lockDataDir } from "../../dist/server/data-dir-lock.js";

const now = () => performance.timeOrigin + performance.now();
process.stdout.write("ready\n");
for await (const line of createInterface({ input: process.stdin })) {
  const [directory, at] = line.split(" ");
  while (now() < Number(at)) {
    // Spin: a timer would let the two contenders drift apart by a scheduler tick.
  }
  try {
    lockDataDir(directory);
    process.stdout.write(`won ${process.pid}\n`);
  } catch (error) {
    process.stdout.write(`refused ${error.message}\n`);
  }
}
