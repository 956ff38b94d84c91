// Per-request latency in microseconds, measured here with process.hrtime over one keep-alive connection,
// one request at a time. autocannon's histogram counts whole milliseconds, which turns a sub-millisecond
// server's p99 into "1 ms vs 0 ms": this probe resolves what that histogram cannot.
import { Agent, request } from "node:http";

const WARMUP = 200;

/** p50 and p99 (µs) of `count` sequential GETs of `url`; throws on any answer but 200. */
export async function measureLatency(url, headers, count) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const once = () =>
    new Promise((resolve, reject) => {
      const req = request(url, { headers, agent }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}`));
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", reject);
      req.end();
    });
  try {
    for (let i = 0; i < WARMUP; i++) await once();
    const samples = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const start = process.hrtime.bigint();
      await once();
      samples[i] = Number(process.hrtime.bigint() - start) / 1000;
    }
    samples.sort();
    return { p50: samples[Math.floor(count * 0.5)], p99: samples[Math.ceil(count * 0.99) - 1] };
  } finally {
    agent.destroy();
  }
}
