/**
 * zod's classic API compiles object parsers with `new Function` when it may, and probes for that by trying once;
 * under the site's Content-Security-Policy (no 'unsafe-eval') the probe is a reported violation. The page no
 * longer runs zod at all (events.json is checked in a worker, with zod/mini, which never compiles), so this only
 * guards a page entry that still imports it: it sets the shared flag, which costs a few bytes.
 */
import { config } from 'zod/mini';

config({ jitless: true });
