/**
 * Articles whose text, front matter and file names carry script payloads, for the end-to-end security test.
 * Every article also reports real-looking dated events, so the extractor turns them into events whose sources
 * the test can open: the payloads then reach the page through every field the app shows.
 */
import { PAYLOADS } from '../input/badInputs.ts';

export interface PayloadArticle {
  /** File name in the articles folder (a payload can sit in the name too: ids reach the page). */
  readonly file: string;
  readonly content: string;
}

const { script, img, svg, mdLink, jsUrl } = PAYLOADS;
/** Markup that would fetch or run something if it ever became DOM. */
export const INJECTED_MARKERS = ['payload-marker-iframe', 'payload-marker-style', 'payload-marker-object'] as const;
const more = [
  `<iframe src="javascript:alert(1)" id="${INJECTED_MARKERS[0]}"></iframe>`,
  `<style id="${INJECTED_MARKERS[1]}">body{background:url(https://evil.example/x.png)}</style>`,
  `<object data="https://evil.example/x.swf" id="${INJECTED_MARKERS[2]}"></object>`,
  '<a href="javascript:alert(1)">click</a>',
  '<img src="https://evil.example/pixel.gif">',
  '{{constructor.constructor("alert(1)")()}}',
  '"><script>alert(1)</script>',
].join(' ');

const quoteYaml = (s: string): string => JSON.stringify(s);

export const PAYLOAD_ARTICLES: readonly PayloadArticle[] = [
  {
    file: 'payload-text.md',
    content: [
      '---',
      `title: ${quoteYaml(`Raqqa strikes ${script}`)}`,
      `publisher: ${quoteYaml(`Wire ${img}`)}`,
      'url: "https://example.org/raqqa?a=1&b=<script>alert(1)</script>"',
      'published: 2017-03-02',
      '---',
      `On 1 March 2017, US-led coalition airstrikes hit Islamic State positions in Raqqa ${script}, the coalition said.`,
      '',
      `Witnesses saw ${img} and ${svg} near the bridge; see ${mdLink} and ${more}.`,
      '',
      `Syrian government forces recaptured Palmyra from ISIS on 2 March 2017 ${svg}.`,
      '',
    ].join('\n'),
  },
  {
    file: 'payload-front-matter.md',
    content: [
      '---',
      `title: ${quoteYaml(`${svg} Aleppo ${mdLink}`)}`,
      `publisher: ${quoteYaml(script)}`,
      `url: ${quoteYaml(jsUrl)}`,
      'published: 2016-12-23',
      '---',
      'Syrian government forces captured eastern Aleppo from rebels on 22 December 2016, state media said.',
      '',
    ].join('\n'),
  },
  {
    file: `${img}.md`,
    content: [
      '---',
      `title: ${quoteYaml(img)}`,
      'url: "data:text/html,<script>alert(1)</script>"',
      'published: 2019-03-24',
      '---',
      `SDF fighters captured Baghouz from ISIS on 23 March 2019 ${img}.`,
      '',
    ].join('\n'),
  },
];

/**
 * A file name with characters that mean something in a URL (`#` starts a fragment, `?` a query, `%` an escape):
 * the article id keeps them, so its text file must still be found when the source panel fetches it.
 */
export const URL_SPECIAL_ARTICLE: PayloadArticle = {
  file: 'report #3 ?draft 50%.md',
  content: [
    '---',
    'title: "Report #3"',
    'published: 2017-10-18',
    '---',
    'SDF fighters captured Raqqa from ISIS on 17 October 2017.',
    '',
  ].join('\n'),
};
