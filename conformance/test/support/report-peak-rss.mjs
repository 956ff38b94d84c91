// Preloaded (--import) into a child process under test: at exit it writes, to the file named by
// PEAK_RSS_FILE, the process's own peak resident set size (getrusage ru_maxrss, in KiB) and its uptime.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.PEAK_RSS_FILE;
  if (!file) return;
  writeFileSync(
    file,
    JSON.stringify({
      maxRssKib: process.resourceUsage().maxRSS,
      uptimeMs: Math.round(process.uptime() * 1000),
    }),
  );
});
