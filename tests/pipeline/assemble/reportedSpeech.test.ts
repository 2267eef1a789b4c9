import { describe, expect, it } from 'vitest';
import {
  contentView,
  findReportFrame,
  isHypothetical,
  reporterNames,
  type ReportFrame,
} from '../../../src/pipeline/assemble/reportedSpeech.ts';
import type { Span } from '../../../src/pipeline/types.ts';

/** The frame of `text` as words: reporter, cue, content; `dates` are date expressions as written in it. */
function frame(text: string, dates: readonly string[] = []) {
  const spans: Span[] = dates.map((d) => {
    const start = text.indexOf(d);
    if (start < 0) throw new Error(`"${d}" not in text`);
    return { start, end: start + d.length };
  });
  const f = findReportFrame(text, { start: 0, end: text.length }, spans);
  if (f === null) return null;
  const at = (s: Span) => text.slice(s.start, s.end);
  return { reporter: at(f.reporter), cue: at(f.cue), content: at(f.content), kind: f.kind, nounObject: f.nounObject };
}

describe('findReportFrame: leading frames', () => {
  it('reads "REPORTER said [date] that CONTENT"', () => {
    expect(
      frame(
        "Sudan's paramilitary Rapid Support Forces (RSF) said on Monday that they had taken control of Wad Madani.",
        ['Monday'],
      ),
    ).toEqual({
      reporter: "Sudan's paramilitary Rapid Support Forces (RSF)",
      cue: 'said',
      content: 'they had taken control of Wad Madani',
      kind: 'plain',
      nounObject: false,
    });
    expect(
      frame('The Syrian Observatory said Friday that jihadists had seized 60 Kurdish villages.', ['Friday']),
    ).toMatchObject({
      reporter: 'The Syrian Observatory',
      content: 'jihadists had seized 60 Kurdish villages',
    });
  });

  it('steps over "in a statement", "told reporters", a fronted date and an auxiliary', () => {
    expect(
      frame('Ukraine’s general staff said in a statement late on Tuesday that Russian troops had shelled Kherson.', [
        'Tuesday',
      ]),
    ).toMatchObject({ reporter: 'Ukraine’s general staff', content: 'Russian troops had shelled Kherson' });
    expect(frame('A Houthi spokesman told reporters in Sanaa that drones struck a tanker.')).toMatchObject({
      reporter: 'A Houthi spokesman',
      cue: 'told',
      content: 'drones struck a tanker',
    });
    expect(
      frame('On Dec. 27, U.S. officials have confirmed that the two sides are collaborating.', ['Dec. 27']),
    ).toMatchObject({
      reporter: 'U.S. officials',
      cue: 'confirmed',
      kind: 'factive',
      content: 'the two sides are collaborating',
    });
  });

  it('reads a clause without "that" as what was said, and a noun phrase after an act verb as what was announced', () => {
    expect(frame('Officials said clashes continued on Saturday in the north.', ['on Saturday'])).toMatchObject({
      reporter: 'Officials',
      content: 'clashes continued on Saturday in the north',
      nounObject: false,
    });
    expect(frame('The junta announced on Thursday a nationwide ceasefire.', ['on Thursday'])).toMatchObject({
      reporter: 'The junta',
      kind: 'act',
      content: 'a nationwide ceasefire',
      nounObject: true,
    });
    expect(frame('The ministry announced on Monday it would reopen the crossing.', ['on Monday'])).toMatchObject({
      kind: 'act',
      content: 'it would reopen the crossing',
      nounObject: false,
    });
  });

  it('takes an appositive between commas right before the verb as part of the reporter', () => {
    expect(
      frame('Government forces, backed by tribesmen, said on Monday they had repelled an attack on Marib.', [
        'on Monday',
      ]),
    ).toMatchObject({
      reporter: 'Government forces, backed by tribesmen',
      content: 'they had repelled an attack on Marib',
    });
    expect(
      frame('A spokesman for the army, Colonel Ahmed Ali, said on Friday that troops had recaptured the town.', [
        'on Friday',
      ]),
    ).toMatchObject({
      reporter: 'A spokesman for the army, Colonel Ahmed Ali',
      content: 'troops had recaptured the town',
    });
    // Not when the second stretch is a clause of its own, or a third comma stands before the verb.
    expect(frame('The army, which retook the town, said on Friday that rebels had fled.', ['on Friday'])).toBeNull();
    expect(frame('Rebels, the army, officials, said on Friday that talks had failed.', ['on Friday'])).toBeNull();
  });

  it('reads "According to REPORTER, CONTENT"', () => {
    expect(frame('According to the Observatory, jihadists captured Tal Abyad on Sunday.', ['on Sunday'])).toMatchObject(
      {
        reporter: 'the Observatory',
        cue: 'According to',
        content: 'jihadists captured Tal Abyad on Sunday',
      },
    );
  });

  it('leaves an empty content when nothing follows the verb', () => {
    expect(frame('The army said on Monday.', ['on Monday'])).toMatchObject({ reporter: 'The army', content: '' });
  });
});

describe('findReportFrame: trailing frames', () => {
  it('reads "CONTENT, REPORTER said [date]" and ", said REPORTER"', () => {
    expect(
      frame('Russian forces captured Avdiivka on Saturday, the defence ministry in Moscow said.', ['on Saturday']),
    ).toEqual({
      reporter: 'the defence ministry in Moscow',
      cue: 'said',
      content: 'Russian forces captured Avdiivka on Saturday',
      kind: 'plain',
      nounObject: false,
    });
    expect(frame('M23 rebels seized Rubaya, local officials said on Tuesday.', ['on Tuesday'])).toMatchObject({
      reporter: 'local officials',
      content: 'M23 rebels seized Rubaya',
    });
    expect(frame('Gunmen killed 30 people in Zamfara, said a police spokesman.')).toMatchObject({
      reporter: 'a police spokesman',
      content: 'Gunmen killed 30 people in Zamfara',
    });
    expect(frame('“We have taken the town,” an M23 commander said.')).toMatchObject({
      reporter: 'an M23 commander',
      content: '“We have taken the town',
    });
  });

  it("does not take a comma inside a date for the frame's comma", () => {
    expect(
      frame('Ethiopian troops entered Mekelle on November 28, 2020, Prime Minister Abiy Ahmed said.', [
        'on November 28, 2020',
      ]),
    ).toMatchObject({
      reporter: 'Prime Minister Abiy Ahmed',
      content: 'Ethiopian troops entered Mekelle on November 28, 2020',
    });
  });

  it('reads ", according to REPORTER"', () => {
    expect(
      frame('Jets struck a market in Maaret al-Numan on Monday, according to the White Helmets.', ['on Monday']),
    ).toMatchObject({
      reporter: 'the White Helmets',
      cue: 'according to',
      content: 'Jets struck a market in Maaret al-Numan on Monday',
    });
  });
});

describe('findReportFrame: not a frame', () => {
  it('needs a short reporter with no verb of its own', () => {
    expect(frame('Fighters who stormed the base on Friday said they lost 12 men.', ['on Friday'])).toBeNull();
    expect(frame('Rebels seized the town on Monday, and the government announced a curfew.', ['on Monday'])).toBeNull();
    expect(
      frame('Drones struck Odesa on Friday, the governor said it was the worst attack this year.', ['on Friday']),
    ).toBeNull();
  });

  it('does not read a name for a verb, nor a claim of responsibility for a report', () => {
    expect(frame('The United States military struck a depot in Yemen on Sunday.', ['on Sunday'])).toBeNull();
    expect(frame('Al-Shabaab claimed responsibility for the bombing in Mogadishu.')).toBeNull();
  });

  it('reads "claimed the attack" as a claim, and "claimed that …" as a report', () => {
    expect(frame('Islamic State claimed the killings on Saturday.', ['on Saturday'])).toBeNull();
    expect(frame("JNIM claimed Friday's twin bombings in Bamako.")).toBeNull();
    expect(frame('The group claims the deadly ambush.')).toBeNull();
    expect(frame('The rebels claimed the town had fallen.')).not.toBeNull();
    expect(frame('The army claimed that rebels had attacked the base.')).not.toBeNull();
  });

  it('does not read a verb inside a hyphened adjective as saying', () => {
    const raqqa =
      "Rebels took Raqqa on Tuesday, the capital of the group's self-declared caliphate, after a long battle.";
    expect(frame(raqqa, ['on Tuesday'])).toBeNull();
    expect(frame('The self-proclaimed republic held a vote.')).toBeNull();
    expect(frame('Rebels took Raqqa on Tuesday, the group declared.', ['on Tuesday'])).not.toBeNull();
  });

  it('does not take a sentence with no reporting verb', () => {
    expect(
      frame('Armed men attacked a military post near Djibo on Friday, killing 20 soldiers.', ['on Friday']),
    ).toBeNull();
  });
});

describe('reported clause helpers', () => {
  const text = 'The army said on Monday that rebels had seized Rubaya.';
  const f = findReportFrame(text, { start: 0, end: text.length }, [
    { start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6 },
  ]) as ReportFrame;

  it("looks for the trigger at the start of the content when the date is the report's", () => {
    const mention = { start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6 };
    const view = contentView(f, {
      clause: { start: 0, end: text.length },
      local: { start: 0, end: text.length },
      mention,
    });
    expect(view).not.toBeNull();
    expect(text.slice(view?.clause.start, view?.clause.end)).toBe('rebels had seized Rubaya');
    expect(view?.anchor).toEqual({ start: view?.clause.start, end: view?.clause.start });
  });

  it('gives no view of a clause that lies wholly in the frame', () => {
    const mention = { start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6 };
    expect(contentView(f, { clause: { start: 0, end: 23 }, local: { start: 0, end: 23 }, mention })).toBeNull();
  });

  it('tells what did not happen from what did', () => {
    const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
    const whole = (t: string) => ({ start: 0, end: t.length });
    const cases: Array<[string, string, boolean]> = [
      ['it would attack El Fasher', 'attack', true],
      ['it was ready to retake Bakhmut', 'retake', true],
      ['its forces had not shelled the city', 'shelled', true],
      ['they may withdraw from Kidal', 'withdraw', true],
      ['rebels had seized Rubaya', 'seized', false],
      ['troops teamed with militias to drive the militants out', 'drive', false],
      ['in May militants captured Palmyra', 'captured', false],
    ];
    for (const [t, w, expected] of cases) expect(isHypothetical(t, whole(t), at(t, w)), t).toBe(expected);
  });

  it('names the reporter by its actors, else by its words, and no one for a document', () => {
    const g = findReportFrame('Clashes erupted, the Sudanese army said.', { start: 0, end: 40 }, []) as ReportFrame;
    const t = 'Clashes erupted, the Sudanese army said.';
    expect(reporterNames(t, g, [{ actor: 'Sudan' }])).toEqual(['Sudan']);
    expect(reporterNames(t, g, [])).toEqual(['Sudanese army']);
    const u = 'Jets struck the depot, according to a statement.';
    const h = findReportFrame(u, { start: 0, end: u.length }, []) as ReportFrame;
    expect(reporterNames(u, h, [])).toEqual([]);
  });
});
