/**
 * The flags Debian's Chromium needs on this project's machines: headless as root, no GPU, and none of the
 * background connections that a closed network refuses (they slow every start). Shared by the end-to-end tests
 * and the benchmarks so both launch the same browser the same way.
 */
export const CHROMIUM_BASE_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
