/**
 * Entry: render the app, then fetch events.json relative to the page (base './'), validate it (in a worker, see
 * loadEventsFile) and load it.
 */
import { createRoot } from 'react-dom/client';
import { App } from './views/App.tsx';
import { loadEventsFile } from './data/loadEventsFile.ts';
import { yieldWhenDue } from './data/yieldToPage.ts';
import { buildDataIndexInSlices } from './core/dataIndex.ts';
import { useTimelineStore } from './store/index.ts';
import './styles.css';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root element');
createRoot(rootElement).render(<App />);

const eventsUrl = new URL('events.json', document.baseURI).href;
// The body is parsed, and the index built while the worker validates, in slices with the page given a turn about
// every frame (one budget for both); the index comes back with the accepted file and goes to the store with it.
const turn = yieldWhenDue();
const whileValidating = (value: unknown) => buildDataIndexInSlices(value, turn);
// Marks on the page's performance timeline: how long loading takes shows in any browser's profiler.
const onBodyArrived = () => performance.mark('events.json arrived');
void loadEventsFile(eventsUrl, (url) => fetch(url), { onBodyArrived, whileValidating, yieldToPage: turn }).then(
  (result) => {
    const store = useTimelineStore.getState();
    if (result.ok) store.load(result.file, eventsUrl, result.prepared);
    else store.fail(result.message);
    performance.mark('events.json loaded');
  },
);
