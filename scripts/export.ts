/**
 * `npm run export`: converts an events file into a format other tools read.
 *
 *   npm run export -- --in EVENTS_JSON --format acled|timelinejs|geojson|csv --out FILE
 *
 * Exit 0 when written, 1 when the input cannot be read or does not match the contract, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseEventsFile, type EventsFile } from '../src/model/index.ts';
import { EXPORT_FORMATS, isExportFormat } from '../src/export/index.ts';
import { writeFileAtomic } from './lib/atomicWrite.ts';

const FORMAT_NAMES = Object.keys(EXPORT_FORMATS).join('|');
const USAGE = `usage: npm run export -- --in EVENTS_JSON --format ${FORMAT_NAMES} --out FILE`;

function usageError(message: string): never {
  process.stderr.write(`export: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function inputError(message: string): never {
  process.stderr.write(`export: ${message}\n`);
  process.exit(1);
}

function readArgs(): { in: string; format: keyof typeof EXPORT_FORMATS; out: string } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    usageError((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (values.in === undefined) usageError('--in EVENTS_JSON is required');
  if (values.format === undefined) usageError(`--format is required (one of ${FORMAT_NAMES})`);
  if (!isExportFormat(values.format)) usageError(`unknown format "${values.format}" (one of ${FORMAT_NAMES})`);
  if (values.out === undefined) usageError('--out FILE is required');
  return { in: values.in, format: values.format, out: values.out };
}

async function readEventsFile(path: string): Promise<EventsFile> {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    inputError(`cannot read ${path}: ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    inputError(`${path} is not JSON: ${(e as Error).message}`);
  }
  try {
    return parseEventsFile(value);
  } catch (e) {
    inputError(`${path}: ${(e as Error).message}`);
  }
}

const args = readArgs();
const file = await readEventsFile(args.in);
const output = EXPORT_FORMATS[args.format](file);
try {
  await writeFileAtomic(args.out, output);
} catch (e) {
  inputError(`cannot write ${args.out}: ${(e as Error).message}`);
}
process.stderr.write(`export: wrote ${args.out} (${args.format}, from ${file.events.length} events)\n`);
