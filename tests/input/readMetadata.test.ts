import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/pipeline/input/readMetadata.ts';

const TODAY = '2026-11-21';
const read = (data: Record<string, unknown>) => readMetadata(data, {}, TODAY);
const warnings = (data: Record<string, unknown>) => read(data).warnings.map((w) => w.reason);

describe('readMetadata: published', () => {
  it('accepts a Date (default js-yaml schema) as its UTC calendar date, whatever the local zone', () => {
    // TZ is America/Los_Angeles in tests: a local-time formatter would say 2016-12-27.
    expect(read({ published: new Date(Date.UTC(2016, 11, 28)) }).metadata.published).toBe('2016-12-28');
  });

  it('drops impossible calendar dates, including 29 February of a common year', () => {
    for (const bad of ['2016-13-45', '2015-02-29', '2016-00-10', '16-12-28', 'Dec 28', '31/02/2016']) {
      const r = read({ published: bad });
      expect(r.metadata.published, bad).toBeNull();
      expect(r.warnings[0]?.reason, bad).toMatch(
        /^published ".*" is not a real date in a form that is read \(.*\); ignored/,
      );
    }
    expect(read({ published: '2016-02-29' }).metadata.published).toBe('2016-02-29');
  });

  it('drops non-text values with a readable description', () => {
    expect(warnings({ published: 2016 })).toEqual([
      'published 2016 is not a real date in a form that is read (2023-04-14, 14 April 2023, April 14, 2023, ISO 8601, RFC 2822); ignored (relative dates are read against a date inferred from the text)',
    ]);
    expect(warnings({ published: ['2016-01-01'] })[0]).toMatch(/^published a list is not/);
  });

  it('reads dates as people write them, and marks a dropped one as such', () => {
    expect(read({ published: 'Dec. 28, 2016' }).metadata.published).toBe('2016-12-28');
    expect(read({ published: '28 December 2016' }).metadata.published).toBe('2016-12-28');
    expect(read({ published: '28/12/2016' }).metadata.published).toBe('2016-12-28');
    const ambiguous = read({ published: '04/05/2016' });
    expect(ambiguous.metadata.published).toBeNull();
    expect(ambiguous.warnings).toEqual([
      {
        line: undefined,
        dropped: 'published',
        reason:
          'published "04/05/2016" is ambiguous (2016-05-04 day first, 2016-04-05 month first) and nothing else in the file settles the order; write YYYY-MM-DD; ignored (relative dates are read against a date inferred from the text)',
      },
    ]);
  });

  it('keeps today and warns only about later days', () => {
    expect(warnings({ published: TODAY })).toEqual([]);
    expect(warnings({ published: '2026-11-22' })).toEqual([
      'published 2026-11-22 is after today (2026-11-21); kept, but check it',
    ]);
  });
});

describe('readMetadata: url', () => {
  it('keeps absolute http(s) links, trimmed', () => {
    expect(read({ url: '  https://example.org/a?b=1#c ' }).metadata.url).toBe('https://example.org/a?b=1#c');
    expect(read({ url: 'HTTP://EXAMPLE.ORG/' }).metadata.url).toBe('HTTP://EXAMPLE.ORG/');
  });

  it('drops every other scheme and relative links', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'vbscript:x',
      'www.example.org/a',
      '//example.org/a',
      'ftp://example.org/a',
    ]) {
      const r = read({ url: bad });
      expect(r.metadata.url, bad).toBeNull();
      expect(
        r.warnings.map((w) => w.reason),
        bad,
      ).toEqual([`url ${JSON.stringify(bad.trim())} is not an absolute http(s) link; dropped`]);
    }
  });
});

describe('readMetadata: text fields and unknown keys', () => {
  it('keeps markup in title and publisher as plain text', () => {
    expect(read({ title: '<script>alert(1)</script>', publisher: '<b>Wire</b>' }).metadata).toMatchObject({
      title: '<script>alert(1)</script>',
      publisher: '<b>Wire</b>',
    });
  });

  it('turns numbers into text, empty strings into null, and drops lists and mappings', () => {
    expect(read({ title: 1984, publisher: '  ' }).metadata).toMatchObject({ title: '1984', publisher: null });
    expect(warnings({ title: ['a'], publisher: { name: 'x' } })).toEqual([
      'title is a list, not text; ignored',
      'publisher is a mapping, not text; ignored',
    ]);
  });

  it('names unknown keys, with a hint for the ones other tools use for our fields', () => {
    expect(warnings({ date: '2016-01-01', tags: ['x'] })).toEqual([
      'front matter key "date" is not used; did you mean published?',
      'front matter key "tags" is not used (known: title, publisher, url, published)',
    ]);
  });

  it('quotes a key holding a newline on one line', () => {
    const [reason] = warnings({ 'evil\nkey': 1 });
    expect(reason).toBe('front matter key "evil\\nkey" is not used (known: title, publisher, url, published)');
  });
});
