#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium through playwright-core (never a downloaded browser build).
// Where it is missing: install it when we are root with apt-get, otherwise stop with the one command that does.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  /* no apt-get: fall through to the message */
}
const command = 'apt-get update && apt-get install -y chromium';
if (isRoot && hasApt) {
  console.error(`Chromium is missing at ${path}; installing it: ${command}`);
  try {
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`Installing Chromium failed. Run as root: ${command}`);
    process.exit(1);
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium is needed for the end-to-end tests and is missing at ${path}.\n` +
    `Install it with:  sudo ${command}\n(or set CHROMIUM_PATH to a Chromium binary)`,
);
process.exit(1);
