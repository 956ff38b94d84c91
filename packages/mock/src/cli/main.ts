/** Placeholder CLI entry. */
export function main(_argv: string[]): void {
  process.stderr.write("not implemented yet\n");
  process.exitCode = 2;
}
