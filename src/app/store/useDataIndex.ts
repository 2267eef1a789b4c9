/**
 * The data index for a view: the store's, the one place it lives. Views are rendered only once the data has loaded
 * (App shows a status line before), so a view never has to handle a missing index itself.
 */
import type { DataIndex } from '../core/dataIndex.ts';
import { useTimelineStore } from './index.ts';

export function useDataIndex(): DataIndex {
  const index = useTimelineStore((s) => s.index);
  if (index === null) throw new Error('A view was rendered before events.json was loaded');
  return index;
}
