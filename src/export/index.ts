/**
 * The export formats of `npm run export`, as data: each turns a validated events file into the text of one file.
 * Pure (no file system), so the app's Download menu can use the same converters in the page.
 */
import type { EventsFile } from '../model/index.ts';
import { toAcledCsv } from './acled.ts';
import { toFlatCsv } from './flatCsv.ts';
import { toGeoJsonText } from './geojson.ts';
import { toTimelineJsText } from './timelineJs.ts';

export const EXPORT_FORMATS = {
  acled: toAcledCsv,
  timelinejs: toTimelineJsText,
  geojson: toGeoJsonText,
  csv: toFlatCsv,
} as const satisfies Record<string, (file: EventsFile) => string>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

export { ACLED_COLUMNS, acledEventDate, acledInterCode, acledTimePrecision, toAcledCsv } from './acled.ts';
export { csvField, csvTable, UTF8_BOM } from './csvTable.ts';
export { FLAT_CSV_COLUMNS, toFlatCsv } from './flatCsv.ts';
export { toGeoJson, toGeoJsonText } from './geojson.ts';
export { escapeHtml, NO_ACTOR_GROUP, timelineJsDate, toTimelineJs, toTimelineJsText } from './timelineJs.ts';
