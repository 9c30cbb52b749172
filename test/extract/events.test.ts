// Events and agreements (05-relations/met.ts, visited.ts, party-to.ts, clause.ts; 03-phrases.ts): who met
// whom, who went where, who imposed or signed what, on sentences written for these tests; each row also
// names what must not come out.

import { extractText, resolveTexts, triplesOf } from '../_helpers';

function shouldExtract(text: string, expected: string[], forbidden: string[] = []) {
  // met is symmetric: either direction will do.
  const got = triplesOf(resolveTexts([text])).flatMap((t) => (t.includes(' -met-> ') ? [t, t.split(' -met-> ').reverse().join(' -met-> ')] : [t]));
  for (const e of expected) expect(got).toContain(e);
  for (const f of forbidden) expect(got).not.toContain(f);
}

describe('met', () => {
  it('meets each object of one "met" with its subject, not the objects with each other', () => {
    shouldExtract("On Tuesday Anna Lind met Chile's President Rosa Vega and Prime Minister Tomas Ruiz.", ['Anna Lind -met-> Rosa Vega', 'Anna Lind -met-> Tomas Ruiz'], ['Rosa Vega -met-> Tomas Ruiz', 'Tomas Ruiz -met-> Rosa Vega']);
  });

  it('makes a meeting of everyone in "a meeting between A, B and C", past the company before each title', () => {
    shouldExtract("They signed the pact during a meeting between Zenco chairman Ivo Lenk, Kordia chief Rosa Vega and Peru's trade minister Tomas Ruiz.", ['Ivo Lenk -met-> Rosa Vega', 'Rosa Vega -met-> Tomas Ruiz', 'Ivo Lenk -met-> Tomas Ruiz']);
  });

  it('takes the person, not their company, after "held talks with"', () => {
    shouldExtract('Anna Lind held talks with Zenco chief Ivo Lenk.', ['Anna Lind -met-> Ivo Lenk']);
  });

  it('reads ", Company\'s role," after a name as an apposition, not as a second person', () => {
    shouldExtract("Olaf Berg attended a meeting between Ivo Lenk, Zenco's chief operating officer, and bankers.", ['Olaf Berg -met-> Ivo Lenk'], ['Olaf Berg -met-> Zenco', 'Ivo Lenk -met-> Zenco']);
  });

  it('reaches the person past a long role after a country, and after "and"', () => {
    shouldExtract(
      "Anna Lind held a separate meeting with Chile's chairman of the joint chiefs of staff committee Tomas Ruiz and chief of army staff General Rosa Vega.",
      ['Anna Lind -met-> Tomas Ruiz', 'Anna Lind -met-> Rosa Vega'],
      ['Tomas Ruiz -met-> Rosa Vega'],
    );
    // A verb ends the role: the person after it is no one met.
    shouldExtract("Anna Lind met Chile's trade envoy and praised the work of Tomas Ruiz.", [], ['Anna Lind -met-> Tomas Ruiz']);
  });

  it('makes no meeting of a proposed one, a hoped-for one, or a phone call', () => {
    shouldExtract('Anna Lind proposed a meeting with Olaf Berg.', [], ['Anna Lind -met-> Olaf Berg', 'Olaf Berg -met-> Anna Lind']);
    shouldExtract('Anna Lind hopes to meet Olaf Berg soon.', [], ['Anna Lind -met-> Olaf Berg', 'Olaf Berg -met-> Anna Lind']);
    shouldExtract('Anna Lind spoke with Olaf Berg in a phone call on Monday.', [], ['Anna Lind -met-> Olaf Berg', 'Olaf Berg -met-> Anna Lind']);
    shouldExtract('Anna Lind and Olaf Berg face fines if they met in secret.', [], ['Anna Lind -met-> Olaf Berg', 'Olaf Berg -met-> Anna Lind']);
  });
});

describe('visited', () => {
  it('puts a speaker at an event in a place there', () => {
    shouldExtract('Anna Lind said at a press conference in Lima on Friday that the talks had gone well.', ['Anna Lind -visited-> Lima']);
    shouldExtract('Olaf Berg told reporters at a briefing in Peru that no deal was near.', ['Olaf Berg -visited-> Peru']);
    // Somewhere else than an event, or no place after it: no visit.
    shouldExtract('Anna Lind said at a press conference that Lima would host the talks.', [], ['Anna Lind -visited-> Lima']);
    shouldExtract('Anna Lind said in a statement on Lima that the talks had gone well.', [], ['Anna Lind -visited-> Lima']);
  });

  it('places a meeting in the place after it, not in the place of its topic', () => {
    shouldExtract('Ivo Lenk held talks with Olaf Berg on Monday in Lima.', ['Ivo Lenk -visited-> Lima', 'Olaf Berg -visited-> Lima']);
    shouldExtract('Ivo Lenk held talks with Olaf Berg on fishing rights in the Baltic Sea.', ['Ivo Lenk -met-> Olaf Berg'], ['Ivo Lenk -visited-> Baltic Sea', 'Olaf Berg -visited-> Baltic Sea']);
  });

  it('makes no visit of a wish', () => {
    shouldExtract('Marta Ruiz hopes to visit Chile some time this summer.', [], ['Marta Ruiz -visited-> Chile']);
  });

  it('gives "his visit" after a comma to the subject of the clause, not to the person met', () => {
    shouldExtract('Ivo Lenk met Olaf Berg at the palace, on his first official visit to Oslo.', ['Ivo Lenk -visited-> Oslo'], ['Olaf Berg -visited-> Oslo']);
    shouldExtract('Marta Ruiz spoke. The visiting minister met Olaf Berg at the palace, on his first official visit to Oslo.', [], ['Olaf Berg -visited-> Oslo']);
  });

  it('visits every place of a coordination', () => {
    shouldExtract('Marta Ruiz is to visit Chile and Peru next week.', ['Marta Ruiz -visited-> Chile', 'Marta Ruiz -visited-> Peru']);
  });

  it('gives a visit in a phrase of time to the subject of the clause', () => {
    shouldExtract('Farming needs reform, President Ivo Lenk of Estonia has said during a visit to Chile.', ['Ivo Lenk -visited-> Chile']);
  });

  it('gives the "his" of a fronted phrase to the subject after it, and reads a holiday as a visit', () => {
    shouldExtract('Marta Ruiz spoke first. Since returning from his holiday in Portugal, Olaf Berg has said little.', ['Olaf Berg -visited-> Portugal'], ['Marta Ruiz -visited-> Portugal']);
  });
});

describe('agreements', () => {
  it('makes sanctions an agreement of who imposed them, involving their target', () => {
    shouldExtract('Chile imposed sanctions on Friday against Peruvian fishing firms.', ['Chile -partyTo-> Chile sanctions', 'Chile sanctions -involves-> Peru']);
  });

  it("reads a body's third-person verb before a determiner or adverb as no agreement (\"the Church sanctions only …\")", () => {
    const x = extractText('The Alden Baptist Church sanctions only fasting and prayer.');
    expect(x.mentions.filter((m) => m.kind === 'Agreement')).toEqual([]);
  });

  it('gives no party for sanctions not imposed', () => {
    shouldExtract('Chile did not impose sanctions on Peru.', [], ['Chile -partyTo-> Chile sanctions']);
  });

  it('reads a headline\'s agreement without its article as a new one, with the parties of its verb', () => {
    shouldExtract('Chile and Peru agree truce in fishing dispute\n\nThe two countries ended a long quarrel. Under the truce, boats may fish again.', ['Chile -partyTo-> Chile–Peru truce', 'Peru -partyTo-> Chile–Peru truce']);
  });

  it('reads "deal with" after "to", "help" or a modal as the verb, not a deal', () => {
    const agreements = (text: string) => extractText(text).mentions.filter((m) => m.kind === 'Agreement').map((m) => m.text);
    expect(agreements('Chile and Peru signed a fishing pact. Chile wants a fund to help deal with debt, and Peru must deal with it too.')).toEqual(['fishing pact']);
    expect(agreements('The deal with Peru collapsed.')).toEqual(['deal']);
  });

  it('reads "code of conduct" as an agreement, and no other code', () => {
    shouldExtract('Chile and Peru signed a code of conduct for fishing.', ['Chile -partyTo-> Chile–Peru code of conduct']);
    expect(resolveTexts(['Chile and Peru signed a new tax code.']).entities.filter((e) => e.kind === 'Agreement')).toEqual([]);
  });

  it('makes a party of who "signed up to it", "it" being the agreement named before', () => {
    shouldExtract('Chile and Peru signed a fishing pact in May. After Bolivia signed up to it, Ecuador followed.', ['Bolivia -partyTo-> Bolivia–Chile–Peru fishing pact'], ['Ecuador -partyTo-> Bolivia–Chile–Peru fishing pact']);
  });

  it('makes a contract won an agreement of its winner, and no bare contract otherwise', () => {
    shouldExtract('The Zenco Group won a contract for the new port.', ['Zenco Group -partyTo-> Zenco Group contract']);
    expect(resolveTexts(['The Zenco Group studied every contract for the port.']).entities.filter((e) => e.kind === 'Agreement')).toEqual([]);
  });

  it('involves the country where the agreed work is done, named in the purpose phrase', () => {
    shouldExtract('The Zenco Group signed a deal to build a network in Peru.', ['Zenco Group deal -involves-> Peru']);
  });

  it('makes the other side of a trade agreed under a deal a party to it', () => {
    shouldExtract('Brazil agreed to buy gas from Bolivia under a new supply deal.', ['Brazil -partyTo-> Bolivia–Brazil supply deal', 'Bolivia -partyTo-> Bolivia–Brazil supply deal']);
  });

  it('gives no party to a deal said not to exist', () => {
    shouldExtract('No deal between Chile and Peru was reached.', [], ['Chile -partyTo-> Chile–Peru deal']);
    shouldExtract('Chile failed to reach a deal with Peru.', [], ['Peru -partyTo-> Chile–Peru deal']);
  });

  it('keeps apart two deals of one article when the later one names a subject and no party', () => {
    const r = resolveTexts(['Chile and Peru signed a memorandum on Tuesday. Zenco said it had no interest in a loan-for-copper deal.']);
    expect(r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label)).toEqual(['Chile–Peru memorandum']);
  });
});

describe('memberOf from listings', () => {
  it('makes members of the bodies a "which comprises" names', () => {
    shouldExtract('Chile chairs the Andean Group, which comprises Peru and Bolivia.', ['Peru -memberOf-> Andean Group', 'Bolivia -memberOf-> Andean Group']);
  });

  it('takes no listing from "including" one example', () => {
    shouldExtract('Chile chairs the Andean Group, including Peru, this year.', [], ['Peru -memberOf-> Andean Group']);
  });

  it('makes members of the names after "NATO members", and of the one called a fellow', () => {
    shouldExtract('NATO members Norway and Denmark objected.', ['Norway -memberOf-> NATO', 'Denmark -memberOf-> NATO']);
    shouldExtract('Norway and fellow NATO members met on Monday.', ['Norway -memberOf-> NATO']);
  });
});
