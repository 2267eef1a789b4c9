import { describe, expect, it } from 'vitest';
import { findBoilerplate, keptRegions } from '../../../src/pipeline/text/boilerplate.ts';

function excludedTexts(text: string, title: string | null = null): string[] {
  return findBoilerplate(text, title).map((e) => text.slice(e.start, e.end));
}

const STORY =
  'Militants attacked a checkpoint outside the town on Tuesday, killing four soldiers, officials said.\n\n' +
  'The army said it had sent reinforcements and that the road was closed for hours afterwards.\n\n' +
  'Residents said the fighting lasted well into the night before the attackers withdrew east.\n';
const MORE =
  'A spokesman for the provincial council said repairs to the bridge would take at least a month.\n\n' +
  'Aid groups said hundreds of families had left nearby villages since the start of the offensive.\n';

describe('findBoilerplate', () => {
  it('excludes interface labels on their own lines', () => {
    const text = `Skip to content\nAdvertisement\n${STORY}Most Read\nShare this article\n`;
    expect(excludedTexts(text)).toEqual(['Skip to content', 'Advertisement', 'Most Read', 'Share this article']);
  });

  it('does not exclude a sentence that merely contains a label word', () => {
    expect(excludedTexts(`Share prices fell after the attack on the pipeline.\n${STORY}`)).toEqual([]);
  });

  it('excludes a copyright line in the tail and everything after it', () => {
    const text = `${STORY}(c) 2021 Daily Dispatch Media. All rights reserved.\nTerms and more links 2021\n`;
    const out = excludedTexts(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^\(c\) 2021 Daily Dispatch Media\. All rights reserved\.\nTerms and more links 2021$/);
  });

  it('excludes only the line for a copyright notice near the top', () => {
    const text = `Copyright 2019 Wire Service\n${STORY}${MORE}`;
    expect(excludedTexts(text)).toEqual(['Copyright 2019 Wire Service']);
  });

  it('excludes disclaimers and the comment section after them', () => {
    const text =
      `${STORY}The views expressed here do not necessarily reflect the views of the publisher.\n` +
      '1. Maria P – great report, thanks.\n2. I disagree entirely.\nComments are closed.';
    const out = findBoilerplate(text, null);
    expect(out).toHaveLength(1);
    expect(text.slice(out[0]?.start, out[0]?.end)).toMatch(/^The views expressed[\s\S]*Comments are closed\.$/);
  });

  it('excludes signed numbered reader comments even without a footer before them', () => {
    const text = `${STORY}  1. Omar K: they will be back next year.\n    continued thought on 3 May 2020.\n  2. Another reader here.`;
    const out = excludedTexts(text);
    expect(out).toHaveLength(1);
    expect(out[0]?.startsWith('1. Omar K:')).toBe(true);
    expect(out[0]?.endsWith('Another reader here.')).toBe(true);
  });

  it('keeps a numbered list in the body of the story', () => {
    const text = `The ceasefire terms:\n1. Troops pull back by 5 km.\n2. Prisoners are exchanged.\n${STORY}${MORE}`;
    expect(excludedTexts(text)).toEqual([]);
  });

  it('excludes source and photo credit lines', () => {
    const text = `${STORY}Sources: AFP, local media / Photo credit: J. Doe/Wikimedia\nImage: file photo of the base`;
    expect(excludedTexts(text)).toEqual([
      'Sources: AFP, local media / Photo credit: J. Doe/Wikimedia',
      'Image: file photo of the base',
    ]);
  });

  it('excludes navigation rows', () => {
    expect(excludedTexts(`Home | World | Middle East | Opinion\n${STORY}`)).toEqual([
      'Home | World | Middle East | Opinion',
    ]);
  });

  it('excludes the headline repeated in the body, once or run together twice', () => {
    const title = 'Rebels Take Border Crossing';
    expect(excludedTexts(`Rebels take border crossing\n${STORY}`, title)).toEqual(['Rebels take border crossing']);
    expect(excludedTexts(`Rebels Take Border CrossingRebels Take Border Crossing\n${STORY}`, title)).toHaveLength(1);
    // A sentence that starts like the headline is reporting, not a repeat.
    expect(excludedTexts(`Rebels take border crossing after two days of clashes.\n${STORY}`, title)).toEqual([]);
  });

  it('excludes a short line repeated verbatim, keeping the first', () => {
    const text = `Key facts\n${STORY}Key facts\n${MORE}`;
    const out = findBoilerplate(text, null);
    expect(out).toHaveLength(1);
    expect(out[0]?.start).toBe(text.lastIndexOf('Key facts'));
  });

  it('counts words up to twenty for a repeated line: twenty words repeated go, twenty-one stay', () => {
    // Runs of mixed white space count once, as in a split on /\s+/.
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' \u00a0');
    for (const [n, dropped] of [
      [20, 1],
      [21, 0],
    ] as const) {
      const line = words(n);
      expect(findBoilerplate(`${line}\n${STORY}${line}\n${MORE}`, null), `${n} words`).toHaveLength(dropped);
    }
  });

  it('treats a title-case first line as the headline when no title is known', () => {
    const text = `Army Retakes Airport After Week Of Fighting\n${STORY}`;
    expect(excludedTexts(text, null)).toEqual(['Army Retakes Airport After Week Of Fighting']);
    expect(excludedTexts(STORY, null)).toEqual([]);
  });

  it('keeps regions as the complement of the excluded spans', () => {
    expect(
      keptRegions(10, [
        { start: 2, end: 4 },
        { start: 6, end: 10 },
      ]),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
  });
});

describe('findBoilerplate: wire and page trailers', () => {
  it('excludes reporting credits, timestamps, bylines and share bars', () => {
    const text =
      'By Amira Haddad, Reuters\nPublished: 10:04 GMT, 3 June 2015 | Updated: 11:00 GMT, 3 June 2015\n' +
      `${STORY}(Reporting by Amira Haddad; Editing by Tom Lee)\nFacebook\nTwitter\nWhatsApp\nRead more: Army retakes airport\n${MORE}`;
    expect(findBoilerplate(text, null).map((e) => e.reason)).toEqual([
      'byline',
      'timestamp line',
      'credit line',
      'interface label',
      'interface label',
      'interface label',
      'credit line',
    ]);
  });

  it('keeps body sentences that start like a timestamp or a byline', () => {
    const text = `Published reports said the army shelled the town on 3 June.\nBy nightfall the rebels had withdrawn.\n${STORY}`;
    expect(findBoilerplate(text, null)).toEqual([]);
  });
});

describe('findBoilerplate: what must stay', () => {
  it('excludes a photo copyright mid-article as a line, without cutting what follows', () => {
    const text = `${STORY}Image copyright Reuters\nA mural in the old town, painted before the war.\n${MORE}`;
    const out = findBoilerplate(text, null);
    expect(out.map((e) => text.slice(e.start, e.end))).toEqual(['Image copyright Reuters']);
  });

  it('starts the tail at a comments heading in the second half', () => {
    const text = `${STORY}${MORE}Comments\nSam: they will return on 5 May 2021, mark my words.\n`;
    const out = findBoilerplate(text, null);
    expect(out).toHaveLength(1);
    expect(text.slice(out[0]?.start)).toMatch(/^Comments\nSam:/);
  });

  it('excludes bare date-and-time lines but keeps dated sentences', () => {
    const text = `Tue 3 June 2015 10:04 BST\n${STORY}On 3 June 2015 the army entered the town.\n${MORE}`;
    expect(excludedTexts(text)).toEqual(['Tue 3 June 2015 10:04 BST']);
  });

  it('recognises a markdown headline repeated from the title', () => {
    expect(excludedTexts(`# Rebels Take Border Crossing\n${STORY}`, 'Rebels Take Border Crossing')).toEqual([
      '# Rebels Take Border Crossing',
    ]);
  });
});

describe('findBoilerplate: comment threads without numbers', () => {
  it('starts the tail at a commenter line with the comment age, or a Reply label', () => {
    const text = `${STORY}${MORE}Mark Evans 2 hours ago\nThey left on 1 May 2019 actually.\n`;
    const out = findBoilerplate(text, null);
    expect(text.slice(out[0]?.start, out[0]?.end)).toBe('Mark Evans 2 hours ago\nThey left on 1 May 2019 actually.');
    const replies = `${STORY}${MORE}Reply\nanna_k: They left on 1 May 2019.\nReply`;
    const r = findBoilerplate(replies, null);
    expect(replies.slice(r[0]?.start)).toMatch(/^Reply\nanna_k/);
  });
});

describe('findBoilerplate: commenter headers are short lines', () => {
  it('reads no line longer than a name and an age as a commenter header', () => {
    // Four "words" and an age, as the header pattern has it, but far longer than any name: reporting, kept.
    const long = `${'Kharkiv-Izium-Kupiansk-Lyman-'.repeat(8)}Sloviansk road 2 days ago`;
    expect(long.length).toBeGreaterThan(200);
    expect(
      findBoilerplate(
        `${STORY}${MORE}${long}
They left on 1 May 2019.
`,
        null,
      ),
    ).toEqual([]);
    const short = `${STORY}${MORE}Kharkiv Lyman 2 days ago
They left on 1 May 2019.
`;
    expect(findBoilerplate(short, null)).toHaveLength(1);
  });

  it('reads a line of 100,000 digits as no header', () => {
    const digits = '7'.repeat(100_000);
    expect(
      findBoilerplate(
        `${STORY}${MORE}${digits}
`,
        null,
      ),
    ).toEqual([]);
  });
});

describe('findBoilerplate: reading furniture inside the story', () => {
  it('excludes "continue reading" and share prompts between paragraphs', () => {
    const text = `${STORY}Story continues below advertisement\nClick to share on Twitter (Opens in new window)\nContinue reading the main story\n${MORE}`;
    expect(excludedTexts(text)).toEqual([
      'Story continues below advertisement',
      'Click to share on Twitter (Opens in new window)',
      'Continue reading the main story',
    ]);
  });
});

describe('findBoilerplate: comment threads longer than the story', () => {
  it('cuts from the comment count or the first "X says:" even in the first half of the text', () => {
    const story = 'Gunmen attacked a checkpoint near the town on Friday, killing two guards.\n';
    const thread =
      '3 comments\n1. truthseeker77 says:\nMay 15, 2020 at 5:11 pm\nLast year they said the same thing, and in 2019 too.\n' +
      '2. Maria says:\nMay 17, 2020 at 10:06 pm\nI was there in 2010 and it was calm, believe me, for years.\n';
    const text = story + thread;
    const out = findBoilerplate(text, null);
    expect(out).toHaveLength(1);
    expect(text.slice(out[0]?.start, out[0]?.end)).toBe(thread.trimEnd());
  });

  it('does not take a quoted speaker line in the story for a comment', () => {
    const text = `${STORY}The minister said:\n“We will rebuild.”\n${MORE}`;
    expect(findBoilerplate(text, null)).toEqual([]);
  });
});

describe('findBoilerplate: a bare Comment heading early on', () => {
  it('excludes only the line when it stands in the first half', () => {
    const more =
      'Engineers began clearing rubble from the main square on the third day after the clashes ended.\n' +
      'Schools in the district stayed closed, and the governor asked families to keep children at home.\n';
    const text = `${STORY}Comment\n${MORE}${more}`;
    expect(excludedTexts(text)).toEqual(['Comment']);
  });
});
