/** Launches Debian's Chromium through playwright-core with the flags this machine needs (see DEVELOPERS.md). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_BASE_ARGS } from '../../scripts/lib/chromiumArgs.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    // Never skip: a missing browser is a failure with the command that fixes it.
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it: apt-get update && apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // playwright-core gives every launch a fresh, empty profile directory of its own.
    args: [...CHROMIUM_BASE_ARGS],
  });
}

/** Where end-to-end tests write screenshots and other artefacts (git-ignored). */
export const TEST_OUTPUT_DIR = join(process.cwd(), 'test-output');
