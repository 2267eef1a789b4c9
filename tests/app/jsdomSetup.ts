/** Imported first by every component test (they run under jsdom). */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../../src/app/store/index.ts';

afterEach(() => {
  cleanup();
  resetStore();
  window.history.replaceState(null, '', '/');
});
