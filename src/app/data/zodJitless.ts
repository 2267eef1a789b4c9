/**
 * zod compiles object parsers with `new Function` when it may, and probes for that by trying once. Under the
 * site's Content-Security-Policy (no 'unsafe-eval') the probe is a reported violation, so the app tells zod up
 * front not to try. Imported first by each entry, before events.json is parsed.
 */
import { config } from 'zod';

config({ jitless: true });
