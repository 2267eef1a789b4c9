import { describe, expect, it } from 'vitest';
import { classifyEvent, findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from './lexicon.ts';

function typeOf(text: string): string | null {
  const lex = lexicon();
  const span = whole(text);
  return classifyEvent(lex, text, span, findActors(lex, text, span))?.type ?? null;
}

describe('classifyEvent', () => {
  it('types taking ground by who takes it', () => {
    expect(typeOf('Islamic State fighters captured the town of Hit.')).toBe('capture');
    expect(typeOf('Iraqi troops captured the town of Hit.')).toBe('recapture');
    expect(typeOf('Kurdish forces retook the town from the jihadists.')).toBe('capture');
    expect(typeOf('Syrian government forces retook Aleppo.')).toBe('recapture');
  });

  it('takes the agent of a passive from "by"', () => {
    expect(typeOf('The town was recaptured by Daesh after a week.')).toBe('capture');
    expect(typeOf('The town was seized by Syrian troops.')).toBe('recapture');
  });

  it('falls back on generic agents and then on the verb', () => {
    expect(typeOf('The militants seized back the airport.')).toBe('capture');
    expect(typeOf('Government troops regained the airport.')).toBe('recapture');
    expect(typeOf('The airport was retaken.')).toBe('recapture');
  });

  it('finds gapped triggers', () => {
    const lex = lexicon();
    const text = 'Syrian troops drove the jihadists out of the village.';
    const m = classifyEvent(lex, text, whole(text), findActors(lex, text, whole(text)));
    expect(m?.type).toBe('recapture');
    expect(m?.text).toBe('drove the jihadists out');
  });

  it('types strikes, bombings and killings with their ACLED pair', () => {
    const lex = lexicon();
    const cases: [string, string, string][] = [
      ['Coalition jets carried out 12 airstrikes near Hajin.', 'airstrike', 'Air/drone strike'],
      ['A suicide bomber blew himself up at a checkpoint.', 'bombing', 'Suicide bomb'],
      ['A car bomb exploded in a market.', 'bombing', 'Remote explosive/landmine/IED'],
      ['Rebels shelled the district overnight.', 'bombing', 'Shelling/artillery/missile attack'],
      ['The group beheaded two hostages.', 'killing', 'Attack'],
      ['Government forces laid siege to the suburb.', 'siege', 'Armed clash'],
      ['The fighters withdrew from the town.', 'withdrawal', 'Non-violent transfer of territory'],
      ['The two sides agreed a ceasefire.', 'agreement', 'Agreement'],
    ];
    for (const [text, type, sub] of cases) {
      const m = classifyEvent(lex, text, whole(text), findActors(lex, text, whole(text)));
      expect([text, m?.type, m?.acled.subEventType]).toEqual([text, type, sub]);
    }
  });

  it('reads a reporting verb that opens the clause as a statement, a trailing one not', () => {
    expect(typeOf('The ministry announced that its jets had struck ten targets.')).toBe('statement');
    expect(typeOf('Jets struck ten targets, the ministry said.')).toBe('airstrike');
  });

  it('lets an accusation defer to the act it reports', () => {
    expect(typeOf('Ankara accused Syrian jets of downing a Turkish drone.')).toBe('incident');
    expect(typeOf('Damascus accused Israel of violating its sovereignty.')).toBe('statement');
  });

  it('returns null without a trigger', () => {
    expect(typeOf('The weather was mild.')).toBeNull();
  });

  it('returns the span of the trigger in the text', () => {
    const lex = lexicon();
    const text = 'Yesterday, the army recaptured the hill.';
    const m = classifyEvent(lex, text, { start: 11, end: text.length }, []);
    expect(m && text.slice(m.start, m.end)).toBe('recaptured');
  });
});

describe('classifyEvent: who takes the ground', () => {
  it('reads the subject, not an actor in a prepositional phrase', () => {
    expect(typeOf('The Syrian army, supported by Hezbollah fighters, retook the hilltop village.')).toBe('recapture');
    expect(typeOf('Backed by Russian jets, Hezbollah retook the border hills.')).toBe('capture');
    expect(typeOf('After the regime withdrew, the militants seized the granary.')).toBe('capture');
  });

  it('reads the agent after "lost … to" and "fell to"', () => {
    expect(typeOf('The rebels lost the eastern districts to government forces.')).toBe('recapture');
    expect(typeOf('The garrison town fell to Daesh in a day.')).toBe('capture');
  });

  it('does not take a participle inside the object for a passive', () => {
    expect(typeOf('Iraqi soldiers moved to recapture villages seized by ISIS in the summer.')).toBe('recapture');
  });

  it('finds a long passive agent across the object', () => {
    expect(typeOf('The jihadists were driven out of the border town in the winter by Syrian troops.')).toBe(
      'recapture',
    );
  });

  it('reads a named operation against someone as an attack', () => {
    expect(typeOf('Ankara launched Operation Peace Spring against Kurdish fighters.')).toBe('ground-attack');
  });
});

describe('classifyEvent: deaths as a consequence', () => {
  it('reads a death count after fighting as the fighting, an execution as a killing', () => {
    expect(typeOf('Clashes between the army and the militants killed 40 combatants.')).toBe('ground-attack');
    expect(typeOf('A roadside bomb killed three soldiers.')).toBe('bombing');
    expect(typeOf('The militants executed 20 men in the square.')).toBe('killing');
    expect(typeOf('Twelve people were killed overnight.')).toBe('killing');
  });

  it('allows words inside "took … control"', () => {
    expect(typeOf('Kurdish forces took full control of the oil city.')).toBe('capture');
  });
});

describe('classifyEvent: ACLED sub-types beyond the event vocabulary', () => {
  const acledOf = (text: string): [string | undefined, string | undefined] => {
    const lex = lexicon();
    const m = classifyEvent(lex, text, whole(text), findActors(lex, text, whole(text)));
    return [m?.type, m?.acled.subEventType];
  };

  it('types chemical attacks, abductions, arrests, destruction and protests', () => {
    expect(acledOf('Dozens died in a chlorine gas attack on the suburb.')).toEqual(['bombing', 'Chemical weapon']);
    expect(acledOf('Gunmen abducted four aid workers.')).toEqual(['other', 'Abduction/forced disappearance']);
    expect(acledOf('Police arrested three suspects.')).toEqual(['other', 'Arrests']);
    expect(acledOf('The militants demolished the ancient temple.')).toEqual(['other', 'Looting/property destruction']);
    expect(acledOf('Demonstrators gathered in the main square.')).toEqual(['other', 'Peaceful protest']);
  });

  it('lets an attack outrank the destruction it caused', () => {
    expect(acledOf('Jets bombed the bridge and destroyed it.')[0]).toBe('airstrike');
  });
});

describe('classifyEvent: attribution', () => {
  it('reads "according to" as attribution, not as the event', () => {
    expect(typeOf('According to a statement from the ministry, jets struck the depot.')).toBe('airstrike');
    expect(typeOf('According to the ministry, the talks will resume.')).toBeNull();
  });

  it('reads a drone attack as an air strike', () => {
    expect(typeOf('A drone attack hit the base.')).toBe('airstrike');
  });
});

describe('classifyEvent: a bare "took" with a place for object', () => {
  it('is taking ground', () => {
    expect(typeOf('Islamic State fighters took Mosul in June.')).toBe('capture');
    expect(typeOf('The militants took the airport of Tal Afar.')).toBe('capture');
    expect(typeOf('Rebels took a key village near Aleppo.')).toBe('capture');
  });

  it('is not taking a country, a possessive, a part or anything else', () => {
    expect(typeOf('It took Iraq two years to rebuild the bridge.')).toBeNull();
    expect(typeOf('The envoy took Baghdad’s offer to the talks.')).toBeNull();
    expect(typeOf('The Kurdish commander took part in talks in Raqqa.')).toBeNull();
    expect(typeOf('The general took reporters to the front.')).toBeNull();
  });
});

describe('classifyEvent: a state at home or abroad', () => {
  it('is abroad when the clause names another state’s places most, even in a tie without it', () => {
    expect(typeOf('Turkish troops seized the crossing between Syria and Iraq.')).toBe('capture');
    expect(typeOf('Syrian troops seized the crossing between Syria and Iraq.')).toBe('recapture');
  });

  it('does not read a possessive country as where the clause happens', () => {
    expect(typeOf('Turkish troops seized the crossing near Mosul after Turkey’s cabinet met.')).toBe('capture');
    // A possessive of a place stays a place.
    expect(typeOf('Turkish troops seized a village in Iraq’s northern Nineveh province near Turkey.')).toBe('capture');
  });

  it('reads "its troops" by the verb: whose forces they are, the clause does not say', () => {
    expect(typeOf('Its troops had captured the village of Tal Abyad by then.')).toBe('capture');
    expect(typeOf('Its troops had retaken the village of Tal Abyad by then.')).toBe('recapture');
    expect(typeOf('Government troops had captured the village of Tal Abyad by then.')).toBe('recapture');
  });
});
