// A memory probe preloaded into the benchmark's server child with
// `node --expose-gc --import server-probe.js cli.js ...`, so the server code is not
// touched: on SIGUSR2 it runs a full garbage collection and prints process.memoryUsage()
// as one line on stdout. Only the benchmark loads it.
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  process.stdout.write(`[probe] ${JSON.stringify({ gc: !!gc, ...process.memoryUsage() })}\n`);
});
