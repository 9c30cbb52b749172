// Relation patterns (05-relations.ts and 03-phrases.ts), one family per describe, on sentences written
// for these tests. Each row is a sentence and the typed triples it must yield (and, where it matters,
// the ones it must not).

import { entitiesOf, resolveTexts, triplesOf } from '../_helpers';

function shouldExtract(text: string, expected: string[], forbidden: string[] = []) {
  const got = triplesOf(resolveTexts([text]));
  for (const e of expected) expect(got).toContain(e);
  for (const f of forbidden) expect(got).not.toContain(f);
}

describe('affiliatedWith', () => {
  it.each([
    ["Ana Lind is Peru's foreign minister.", 'Ana Lind -affiliatedWith-> Peru'],
    ['Olaf Berg was appointed chief executive of Zenco Group in 2019.', 'Olaf Berg -affiliatedWith-> Zenco Group'],
    // a body that appoints the person to a role of its own (rule appointed-by)
    ['Tarno Group appointed Sam Reed as its new chief executive.', 'Sam Reed -affiliatedWith-> Tarno Group'],
    ['Peru has named Luis Vera its envoy to Chile.', 'Luis Vera -affiliatedWith-> Peru'],
    // sworn in, in a relative clause, with a time phrase after the role
    ['Jed Orr, who was sworn in as Peru\'s president on Sunday, promised reforms.', 'Jed Orr -affiliatedWith-> Peru'],
    ['Ana Ruiz became Chile\'s foreign minister in 2019.', 'Ana Ruiz -affiliatedWith-> Chile'],
    ['Luis Vera became the Chilean ambassador last year.', 'Luis Vera -affiliatedWith-> Chile'],
    // a year before the body's name
    ['Ugo Mass has been elected president of the 1961 Harvest Fair Committee.', 'Ugo Mass -affiliatedWith-> Harvest Fair Committee'],
    ["Ana Ruiz has been named as Peru's envoy.", 'Ana Ruiz -affiliatedWith-> Peru'],
    // the age and the home address before an apposition of a body's worker (rule apposition-body-role)
    ['Tom Rusk, 23, of 7026 Marlow Av., a KTA bus driver, was robbed.', 'Tom Rusk -affiliatedWith-> KTA'],
    // the body a relative clause takes up: "X, of which Y is president," (rule of-which-role)
    ['A letter from Kora Health Service, of which Olaf Berg is president, was read.', 'Olaf Berg -affiliatedWith-> Kora Health Service'],
  ])('reads a role stated with a copula or an appointment: %j', (text, expected) => shouldExtract(text, [expected]));

  it.each([
    ["Ana Lind is not Peru's foreign minister.", 'Ana Lind -affiliatedWith-> Peru'],
    ["Ana Lind is Zenco Group's biggest problem.", 'Ana Lind -affiliatedWith-> Zenco Group'],
    // an appointment to another body's office
    ['Tarno Group appointed Ana Ruiz as the head of Velan Bank.', 'Ana Ruiz -affiliatedWith-> Tarno Group'],
  ])('reads no role when the copula is negated or names none: %j', (text, forbidden) => shouldExtract(text, [], [forbidden]));

  it.each([
    ['Ana Lind was met by the Chilean ambassador to Peru, Luis Vera.', 'Luis Vera -affiliatedWith-> Chile'],
    ['Ana Lind thanked the Emir of Qatar, Sheikh Omar Latif, for his help.', 'Omar Latif -affiliatedWith-> Qatar'],
    ['The NATO Secretary-General, Olaf Berg, called for calm.', 'Olaf Berg -affiliatedWith-> NATO'],
  ])('reads "the <body> <title>, <name>" and "the <title> of <body>, <name>": %j', (text, expected) => shouldExtract(text, [expected]));

  it.each([
    ['The president of the Kora Tribunal in Zembla, Olaf Berg, turned the appeal down.', 'Olaf Berg -affiliatedWith-> Kora Tribunal'],
    ["The Chilean President's special envoy to Peru, Luis Vera, also attended.", 'Luis Vera -affiliatedWith-> Chile'],
  ])('reads "the <title> of the <body> in <place>, <name>" and "the <country> <title>\'s <role>, <name>": %j', (text, expected) => shouldExtract(text, [expected]));

  it.each([
    ['The head of the OSCE observer mission, Ana Lind, said the count was fair.', 'Ana Lind -affiliatedWith-> OSCE'],
    ["The chairman of the Zenco Group's pay committee, Dr Olaf Berg, resigned.", 'Olaf Berg -affiliatedWith-> Zenco Group'],
  ])('reads "the <title> of <body> <unit>, <name>" as the body\'s: %j', (text, expected) => shouldExtract(text, [expected]));

  it("reads \"<region>'s <office>, <name>\" as the region's office", () => {
    shouldExtract("Tasmania's Health Secretary, Ana Lind, said the wards were full.", ['Ana Lind -affiliatedWith-> Tasmania']);
  });

  it('reads "Chairman <name>" opening a sentence as the chairman of the body the sentence before is about', () => {
    shouldExtract('The Zenco Group board rejected the offer on Monday. Chairman Lord Olaf Berg said the bid was too low.', ['Olaf Berg -affiliatedWith-> Zenco Group']);
    // A government office is no company's.
    shouldExtract('The Zenco Group board rejected the offer on Monday. Chancellor Olaf Berg said the bid was too low.', [], ['Olaf Berg -affiliatedWith-> Zenco Group']);
  });

  it('reads no such role when the country follows "ambassador to"', () => {
    shouldExtract('Ana Lind was met by the Chilean ambassador to Peru, Luis Vera.', [], ['Luis Vera -affiliatedWith-> Peru']);
  });

  it('reads "X, the company\'s <role>," as the role at the company named before', () => {
    shouldExtract('Zenco Company said it would appeal. Ana Ruiz, the company\'s vice-chair and president, called the ruling bad news.', ['Ana Ruiz -affiliatedWith-> Zenco Company']);
  });

  it('reads "the bloc", and a bloc by its size ("the 12-member bloc"), as the union of states named before', () => {
    const text = 'The Northern Union of Coastal States closed its borders on Monday. The summit was chaired by Ana Ruiz, who is the current chairman of the 12-member bloc.';
    shouldExtract(text, ['Ana Ruiz -affiliatedWith-> Northern Union of Coastal States']);
    shouldExtract('The Northern Union of Coastal States met on Monday. Luis Vera, the head of the bloc, spoke.', ['Luis Vera -affiliatedWith-> Northern Union of Coastal States']);
    // …but no body whose name says nothing of a union
    shouldExtract('Zenco Company met on Monday. Luis Vera, the head of the bloc, spoke.', [], ['Luis Vera -affiliatedWith-> Zenco Company']);
  });

  it('reads "the union" as a body whose name the story wrote before the lower-case noun, even after a quote said "the union"', () => {
    const text = '"We will keep our deal with the union," Luis Vera said. The Kora Dockers union said it was not consulted. Ana Ruiz, the union\'s president, said so.';
    shouldExtract(text, ['Ana Ruiz -affiliatedWith-> Kora Dockers']);
    // …but not a name that has a head of its own, which the noun after it only modifies
    shouldExtract('He joined the only Kora League club in the north. Ana Ruiz, the club\'s president, said so.', [], ['Ana Ruiz -affiliatedWith-> Kora League']);
  });

  it('reads no named body into "the <noun>" the story used before naming any such body', () => {
    // "the fund" is the story's own fund, set up before the Kora Relief Fund is named.
    const text = 'Delegates agreed to set up the fund for poor states. Ana Ruiz praised the Kora Relief Fund as well. Talks on the fund ended late. Its head, Luis Vera, said so.';
    shouldExtract(text, [], ['Luis Vera -affiliatedWith-> Kora Relief Fund']);
    // …while a body named first is still "the fund" after it
    shouldExtract('The Kora Relief Fund met on Monday. Talks on the fund ended late. Its head, Luis Vera, said so.', ['Luis Vera -affiliatedWith-> Kora Relief Fund']);
  });

  it('reads "a spokesman for the ministry" as the country\'s ministry named before', () => {
    shouldExtract("Peru's foreign ministry protested. Ana Ruiz, a spokeswoman for the ministry, said so.", ['Ana Ruiz -affiliatedWith-> Peruvian Foreign Ministry']);
  });

  it('reads "X, the <country> ambassador to <country>," as the envoy\'s own country', () => {
    shouldExtract('Luis Vera, the Chilean ambassador to Peru, said so.', ['Luis Vera -affiliatedWith-> Chile'], ['Luis Vera -affiliatedWith-> Peru']);
  });

  it('reads "the group\'s <region> <role>" after a body named just before as that body\'s', () => {
    shouldExtract('Forest Rights Watch said the mine was unlawful. Ana Ruiz, the group\'s Africa director, said it should close.', ['Ana Ruiz -affiliatedWith-> Forest Rights Watch']);
    // (…not a group named long before, nor a country before the role.)
    shouldExtract('Forest Rights Watch said the mine was unlawful. Rain fell. Ana Ruiz, the group\'s director, said it should close.', [], ['Ana Ruiz -affiliatedWith-> Forest Rights Watch']);
  });

  it('reads an apposition with a time word before the body ("a former X economist")', () => {
    shouldExtract('Luis Vera, a former Zenco Group economist, disagreed.', ['Luis Vera -affiliatedWith-> Zenco Group']);
  });

  it('reads an apposition with a body and a long role, a region after "for"', () => {
    shouldExtract('Dr Ana Ruiz, WHO regional director for South America, said cases had risen.', ['Ana Ruiz -affiliatedWith-> World Health Organization']);
    // A second person in place of the role is no apposition.
    shouldExtract('Ana Ruiz, WHO envoy Luis Vera, and others met.', [], ['Ana Ruiz -affiliatedWith-> World Health Organization']);
  });

  it("reads a body's kind noun before the possessive of a role as that body's: \"the Kora union's leader\"", () => {
    shouldExtract("The KWU union's general secretary, Ana Ruiz, said members had no choice.", ['Ana Ruiz -affiliatedWith-> KWU']);
    shouldExtract("The Tarno party's deputy leader Luis Vera resigned.", ['Luis Vera -affiliatedWith-> Tarno']);
  });

  it('reads "Its <role>, <name>," as the role at the body the sentence before is about', () => {
    shouldExtract('The Zenco Group declined to comment on Monday. Its chief executive, Ana Ruiz, said in March that sales would fall.', ['Ana Ruiz -affiliatedWith-> Zenco Group']);
    // Not when the sentence before is about someone else's body only after its verb.
    shouldExtract('Ana Ruiz spoke to the Zenco Group on Monday. Its founder, Luis Vera, was there.', [], ['Luis Vera -affiliatedWith-> Zenco Group']);
    // …or, when no body comes before the verb and no one is named, the one body the sentence names
    shouldExtract('The ruling came as the Kora Farmers Association, the largest rural group, warned of losses. Its chairman, Luis Vera, said so.', ['Luis Vera -affiliatedWith-> Kora Farmers Association']);
    shouldExtract('The ruling came as the Kora Farmers Association and the Lima Dock Union warned of losses. Its chairman, Luis Vera, said so.', [], ['Luis Vera -affiliatedWith-> Kora Farmers Association', 'Luis Vera -affiliatedWith-> Lima Dock Union']);
  });

  it.each([
    // possessive country before a title and name
    ["Peru's Foreign Minister Elena Rios arrived.", ['Elena Rios -affiliatedWith-> Peru']],
    // a country's possessive and a capitalised title in apposition
    ['Remy Duval, Peru\'s Foreign Minister, met him.', ['Remy Duval -affiliatedWith-> Peru']],
    // a town's party and a leader in apposition
    ['He phoned Jon Sharpe, the Fresno Democratic leader.', ['Jon Sharpe -affiliatedWith-> Democratic Party']],
    // two roles in apposition, the body named with its county
    ['Felix Bosk, a school principal and chairman of the Marlow County Democratic Executive Committee, lost.', ['Felix Bosk -affiliatedWith-> Marlow County Democratic Executive Committee']],
    // a party tag in parentheses before the apposition
    ['Sen. Ana Ruiz (D., Ohio), chairman of the Senate Finance Committee, said no.', ['Ana Ruiz -affiliatedWith-> Senate Finance Committee']],
    // a lower-case portfolio, then "in" and the body
    ['Hal Varga, former director of architecture and engineering in the Department of Public Property, signed.', ['Hal Varga -affiliatedWith-> Department of Public Property']],
    // an ensemble's and a family firm's head words
    ['Ena Jorrin, musical director of the Alden Symphony, will tour.', ['Ena Jorrin -affiliatedWith-> Alden Symphony']],
    ['She got help from Ida Holl, display director of Velk Brothers.', ['Ida Holl -affiliatedWith-> Velk Brothers']],
    // a cabinet office in the "Secretary of <department>" form, in a story about its country
    ['Secretary of Labor Ted Gold will speak. The United States must help, and the United States will.', ['Ted Gold -affiliatedWith-> United States']],
    // country without possessive before a title
    ['Ghana President Kofi Mensah spoke.', ['Kofi Mensah -affiliatedWith-> Ghana']],
    // demonym and role noun
    ['She met her Danish counterpart Lars Holm.', ['Lars Holm -affiliatedWith-> Denmark']],
    // "of Country" after the name
    ['Prime Minister Mia Sato of Japan spoke first.', ['Mia Sato -affiliatedWith-> Japan']],
    // apposition with "from the Organisation"
    ['"It is late," said Dr Ivo Petrov, from the University of Sofia.', ['Ivo Petrov -affiliatedWith-> University of Sofia']],
    // apposition "Role of Org's Org"
    ["Lena Berg, Director of Uppsala University's Centre for Peace Studies, disagreed.", ['Lena Berg -affiliatedWith-> Centre for Peace Studies']],
    // country's role, comma, name
    ["Italy's envoy to the talks, Marco Ferri, left early.", ['Marco Ferri -affiliatedWith-> Italy']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it.each([
    // organisation before a hyphenated title
    ['WHO Director-General Tedros Ghebreyesus warned of a new wave.', ['Tedros Ghebreyesus -affiliatedWith-> World Health Organization']],
    // apposition with the body and the role
    ['Maria Costa, the IMF chief economist, said growth would slow.', ['Maria Costa -affiliatedWith-> International Monetary Fund']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it.each([
    // demonym and role before a comma and the name
    ['The Kenyan foreign minister, Amina Juma, left early.', ['Amina Juma -affiliatedWith-> Kenya']],
    // name, then the country's role
    ["Amina Juma, Kenya's foreign minister, left early.", ['Amina Juma -affiliatedWith-> Kenya']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('ties a person to the company before a two-word role', () => {
    shouldExtract('Acme chief executive Dana Holt met investors.', ['Dana Holt -affiliatedWith-> Acme']);
  });

  it('does not take a second person in a list for an apposition', () => {
    shouldExtract('Anna Berg, Chile President Luis Vera and others met.', ['Luis Vera -affiliatedWith-> Chile'], ['Anna Berg -affiliatedWith-> Chile']);
  });

  it('records the role on the edge', () => {
    const r = resolveTexts(["Peru's Foreign Minister Elena Rios arrived."]);
    expect(r.relations.find((x) => x.predicate === 'affiliatedWith')?.role).toBe('Foreign Minister');
  });

  it('gives a commissioner the one commission the story named before (rule title-implied-institution)', () => {
    shouldExtract('The Kora Trade Commission fined the bank on Monday. Commissioner Ana Ruiz said the fine was fair.', ['Ana Ruiz -affiliatedWith-> Kora Trade Commission']);
    // …not one of two commissions
    shouldExtract('The Kora Trade Commission and the Alden Water Commission met. Commissioner Ana Ruiz spoke.', [], ['Ana Ruiz -affiliatedWith-> Kora Trade Commission', 'Ana Ruiz -affiliatedWith-> Alden Water Commission']);
  });

  it("leaves the owner's possessive out of the role (the owner is the edge's object)", () => {
    for (const text of ["Orvik's chairman Lars Mo resigned.", "Shares fell. Orvik Group's senior policy adviser Lars Mo resigned."]) {
      const role = resolveTexts([text]).relations.find((x) => x.predicate === 'affiliatedWith')?.role;
      expect(role).toMatch(/^(chairman|senior policy adviser)$/);
    }
  });

  it('does not tie a person to a country that is only mentioned in the same sentence', () => {
    shouldExtract('Anna Weber, a lawyer, said Brazil should pay.', [], ['Anna Weber -affiliatedWith-> Brazil']);
  });

  it("does not give a person the country of the person before ('X of A and Y of B', 'X of A, Premier Y')", () => {
    shouldExtract('Ana Ruiz of Chile and Luis Vera of Peru were favourites.', ['Ana Ruiz -affiliatedWith-> Chile', 'Luis Vera -affiliatedWith-> Peru'], ['Luis Vera -affiliatedWith-> Chile']);
    shouldExtract('At a dinner for President Ana Ruiz of Chile, Premier Luis Vera spoke.', ['Ana Ruiz -affiliatedWith-> Chile'], ['Luis Vera -affiliatedWith-> Chile']);
  });
});

describe('met', () => {
  it.each([
    // "A met (with) B"
    ['Olaf Berg met with Nadia Aziz on Monday.', ['Nadia Aziz -met-> Olaf Berg']],
    // coordinated subjects
    ['Olaf Berg and Nadia Aziz met in Oslo.', ['Nadia Aziz -met-> Olaf Berg']],
    // a body's title and role set off by a comma before the name met
    ["Olaf Berg met the UN Secretary-General's special envoy, Nadia Aziz, in Oslo.", ['Nadia Aziz -met-> Olaf Berg']],
    // "held talks with"
    ['Olaf Berg held talks with Nadia Aziz.', ['Nadia Aziz -met-> Olaf Berg']],
    // "shook hands with"
    ['Olaf Berg shook hands with Nadia Aziz at the border.', ['Nadia Aziz -met-> Olaf Berg']],
    // talks after which something was agreed took place: "agreed … after talks between A and B"
    ['Kenya agreed to the plan after talks between its envoy Olaf Berg and Peru\'s envoy Nadia Aziz.', ['Nadia Aziz -met-> Olaf Berg']],
    // "B, whom A met …": the relative pronoun's antecedent is the one met
    ['Finance Minister Nadia Aziz, whom Mr Olaf Berg met in Oslo last week, wants a deal.', ['Nadia Aziz -met-> Olaf Berg']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('makes a meeting of a courtesy call, not of an appeal, and gives a second verb the clause subject', () => {
    shouldExtract('Olaf Berg called on President Nadia Aziz at her palace.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg called on President Nadia Aziz to resign.', [], ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg later called on President Nadia Aziz and met Defence Secretary Ivo Tamm.', ['Ivo Tamm -met-> Olaf Berg'], ['Ivo Tamm -met-> Nadia Aziz']);
  });

  it("meets a second object whose body's title opens the person's name ('Senate Speaker Ivo Tamm')", () => {
    shouldExtract('Olaf Berg met Nadia Aziz and Senate Speaker Ivo Tamm on Monday.', ['Nadia Aziz -met-> Olaf Berg', 'Ivo Tamm -met-> Olaf Berg']);
  });

  it('reads a month after "in" as no modal that makes a meeting unrealised', () => {
    shouldExtract('President Nadia Aziz, who visited Lima in May and met Premier Olaf Berg, said no.', ['Nadia Aziz -met-> Olaf Berg']);
  });

  it('makes no meeting of a handshake with no partner, nor of talks still to be agreed', () => {
    shouldExtract('Olaf Berg shook hands and Nadia Aziz waved.', [], ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Kenya agreed to talks between Olaf Berg and Nadia Aziz.', [], ['Nadia Aziz -met-> Olaf Berg']);
  });

  it('makes no meeting of two people who each "received" something', () => {
    shouldExtract('During the campaign, both candidates, Ana Ruiz and Luis Vera, received anonymous calls.', [], ['Ana Ruiz -met-> Luis Vera']);
  });

  it('finds who met when a phrase stands between the subject and the verb', () => {
    shouldExtract('Ana Ruiz, on her third visit to the region this year, also met President Luis Vera.', ['Ana Ruiz -met-> Luis Vera']);
  });

  it('finds the subject of a stance before a reduced relative, and the leader named in it', () => {
    shouldExtract('The main opposition party, Kora Sena Balaya, led by Ana Ruiz, opposed the fuel tax increases.', ['Kora Sena Balaya -opposes-> fuel tax increases', 'Ana Ruiz -affiliatedWith-> Kora Sena Balaya']);
  });

  it('finds the subject before a relative clause that closes right before the verb', () => {
    shouldExtract('Ana Ruiz, who flew in with Tomas Vidal, met Luis Vera on Monday.', ['Ana Ruiz -met-> Luis Vera'], ['Luis Vera -met-> Tomas Vidal']);
  });

  it('makes each of two coordinated subjects, the second with a role and both in apposition, meet each object', () => {
    const text = 'Former premier Ana Ruiz and state Kora Party chief Tomas Vidal, both rivals for the post, met Luis Vera and Olga Petrenko in Lima.';
    shouldExtract(text, ['Ana Ruiz -met-> Luis Vera', 'Ana Ruiz -met-> Olga Petrenko', 'Luis Vera -met-> Tomas Vidal', 'Olga Petrenko -met-> Tomas Vidal'], ['Luis Vera -met-> Olga Petrenko', 'Ana Ruiz -met-> Tomas Vidal']);
  });

  it('does not make a meeting of a negated one', () => {
    shouldExtract('Olaf Berg did not meet Nadia Aziz during the trip.', [], ['Nadia Aziz -met-> Olaf Berg']);
  });

  it('makes a meeting of subjects who met with no object, but not of those who met something else', () => {
    shouldExtract('Olaf Berg and Nadia Aziz met yesterday.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz met again after the vote.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz met late on Thursday in Oslo.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz met last week.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz met Thursday to discuss trade.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz met two weeks ago in Oslo.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz met Dec. 5 in Oslo.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz met face to face in Oslo.', ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz struggled to meet the deadline.', [], ['Nadia Aziz -met-> Olaf Berg']);
    shouldExtract('Olaf Berg and Nadia Aziz met strong resistance in parliament.', [], ['Nadia Aziz -met-> Olaf Berg']);
  });
});

describe('visited', () => {
  it.each([
    ["Peru's Foreign Minister Ana Ruiz, speaking in Oslo where she was attending a forum, said the talks went well.", 'Ana Ruiz -visited-> Oslo'],
    ['Speaking in Oslo, Ana Ruiz said the talks went well.', 'Ana Ruiz -visited-> Oslo'],
  ])('reads "speaking in <place>" as where its speaker was: %j', (text, expected) => shouldExtract(text, [expected]));

  it('reads "flew on to <place>" as onward travel, no topic', () => shouldExtract('Ana Ruiz met the minister. Ms Ruiz later flew on to Norway for talks.', ['Ana Ruiz -visited-> Norway']));

  it.each([
    // direct object
    ['Olaf Berg visited Kenya last week.', ['Olaf Berg -visited-> Kenya']],
    // "is in"
    ['Olaf Berg is in Lima for two days.', ['Olaf Berg -visited-> Lima']],
    // possessive pronoun and "trip to"
    ['Olaf Berg spoke before his trip to Asia.', ['Olaf Berg -visited-> Asia']],
    // the visitor in a "by" phrase after the place
    ['Kenya protested over a visit to Peru by Foreign Minister Olaf Berg last week.', ['Olaf Berg -visited-> Peru']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('reads an adjective after "to" or "in" as no destination', () => {
    shouldExtract('Olaf Berg arrived at the Italian embassy.', [], ['Olaf Berg -visited-> Italy']);
    shouldExtract('Olaf Berg travelled to the Japanese capital on Monday.', ['Olaf Berg -visited-> Japan']);
    shouldExtract('Olaf Berg was in Italian hands.', [], ['Olaf Berg -visited-> Italy']);
  });
});

describe('partyTo', () => {
  it.each([
    // "X was drawn up by A, B and C" (rule agree-passive)
    ['Leaders met in Oslo. The Kora Accord was drawn up by Chile, Peru and Norway during the night.', ['Chile -partyTo-> Kora Accord', 'Peru -partyTo-> Kora Accord', 'Norway -partyTo-> Kora Accord']],
    // a refusal to join with no object opposes the agreement named before (rule refuse-agreement)
    ['Leaders agreed the Kora Accord in Oslo. Several countries, including Chile and Peru, refused to sign up.', ['Chile -opposes-> Kora Accord', 'Peru -opposes-> Kora Accord']],
    // "A–B agreement""
    ['The Chile-Peru trade agreement took effect.', ['Chile -partyTo-> Chile–Peru trade agreement', 'Peru -partyTo-> Chile–Peru trade agreement']],
    // "between A and B"
    ['A security pact between Fiji and Samoa was signed.', ['Fiji -partyTo-> Fiji–Samoa security pact', 'Samoa -partyTo-> Fiji–Samoa security pact']],
    // "A signed X with B"
    ['Norway signed a fisheries deal with Iceland.', ['Norway -partyTo-> Iceland–Norway fisheries deal', 'Iceland -partyTo-> Iceland–Norway fisheries deal']],
    // coordinated subjects of "agreed to negotiate"
    ["Ghana's President Kofi Mensah and Togo's President Eli Dossou agreed to negotiate a border treaty.", ['Kofi Mensah -partyTo-> Ghana–Togo border treaty', 'Ghana -partyTo-> Ghana–Togo border treaty', 'Togo -partyTo-> Ghana–Togo border treaty']],
    // members of an alliance after "of"
    ['An alliance of Chile, Peru and Ecuador will coordinate relief.', ['Ecuador -partyTo-> Chile–Ecuador–Peru alliance']],
    // those who are to lead the deals are their parties
    ['The agenda includes new pipeline deals, to be led by Chile and Peru.', ['Chile -partyTo-> Chile–Peru pipeline deal', 'Peru -partyTo-> Chile–Peru pipeline deal']],
    // an apposition names the signatories
    ['The fishing pact, signed by Chile and Peru in May, took effect.', ['Chile -partyTo-> Chile–Peru fishing pact', 'Peru -partyTo-> Chile–Peru fishing pact']],
    // an agreement named with its "of" tail, and a relative clause of signing
    ['Both stood by the 1950 Treaty of Alden, which was signed by Chile and Peru.', ['Chile -partyTo-> Treaty of Alden', 'Peru -partyTo-> Treaty of Alden']],
    ['Chile ratified the Convention on Lake Fisheries in 1993.', ['Chile -partyTo-> Convention on Lake Fisheries']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('makes a ceasefire an agreement of those who agreed to it, not of its brokers', () => {
    shouldExtract('Armenia and Azerbaijan agreed to a ceasefire brokered by Russia.', ['Armenia -partyTo-> Armenia–Azerbaijan ceasefire'], ['Russia -partyTo-> Armenia–Azerbaijan ceasefire']);
  });

  it('keeps a named agreement without parties, and gives no party for "is not a party to"', () => {
    const r = resolveTexts(['Oman, which is not a party to the Baghdad Accords, said it would wait.']);
    expect(r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label)).toEqual(['Baghdad Accords']);
    expect(triplesOf(r).filter((t) => t.includes('-partyTo->'))).toEqual([]);
  });

  it('gives no party for a negated membership', () => {
    shouldExtract('Canada is not part of the AUKUS pact.', [], ['Canada -partyTo-> AUKUS']);
  });

  it('gives no party for a mere possibility', () => {
    shouldExtract('Norway signed a fisheries deal with Iceland. Denmark could join the fisheries deal later.', ['Norway -partyTo-> Iceland–Norway fisheries deal'], [
      'Denmark -partyTo-> Iceland–Norway fisheries deal',
    ]);
  });

  it.each([
    ['Hungary refused to sign the migration pact with Austria.'],
    ['Britain has yet to ratify the fisheries treaty with Norway.'],
    ['Chile failed to reach a fishing deal with Peru.'],
  ])('gives no party for a refusal or a failure: %j', (text) => {
    const r = resolveTexts([text]);
    const subject = text.split(' ')[0].replace('Britain', 'United Kingdom');
    expect(triplesOf(r).filter((t) => t.startsWith(`${subject} -partyTo->`))).toEqual([]);
  });

  it('relates only the parties, not every country in the sentence', () => {
    shouldExtract('Chile and Peru signed a trade deal, which Bolivia criticised.', ['Chile -partyTo-> Chile–Peru trade deal'], ['Bolivia -partyTo-> Chile–Peru trade deal']);
  });

  it('leaves the parties another agreement phrase of the sentence names to that agreement', () => {
    shouldExtract('Alarmed by a naval pact between Fiji and Samoa, Tonga signed a fisheries deal with its old friend.', ['Tonga -partyTo-> Tonga fisheries deal'], [
      'Fiji -partyTo-> Tonga fisheries deal',
      'Samoa -partyTo-> Tonga fisheries deal',
    ]);
  });

  it.each([
    ['Chile on Tuesday approved a new round of sanctions against Bolivia.'],
    ['Chile last week imposed a package of sanctions on Bolivia.'],
  ])('makes the body that adopts a package or round of sanctions their party: %j', (text) => {
    shouldExtract(text, ['Chile -partyTo-> Chile sanctions', 'Chile sanctions -involves-> Bolivia']);
  });

  it.each([
    ['Oman brokered a fishing deal between Chile and Peru.'],
    ['A Qatar-mediated fishing deal between Chile and Peru took effect.'],
  ])('makes no party of the go-between of a deal: %j', (text) => {
    const got = triplesOf(resolveTexts([text]));
    expect(got).toContain('Chile -partyTo-> Chile–Peru fishing deal');
    expect(got.filter((t) => /^(Oman|Qatar) -partyTo->/.test(t))).toEqual([]);
  });

  it('keeps a deal that names no party when its article speaks of it again', () => {
    shouldExtract('Five sailors were freed on Monday under a prisoner exchange deal. Chile criticised the deal.', ['Chile -opposes-> prisoner exchange deal']);
  });

  it('makes who has an agreement with another a party to it, not who has concerns about it', () => {
    shouldExtract('Chile, which has a fishing treaty with Peru, welcomed it. Bolivia has concerns about the fishing treaty.', ['Chile -partyTo-> Chile–Peru fishing treaty'], ['Bolivia -partyTo-> Chile–Peru fishing treaty']);
  });

  it('makes no agreement of "similar agreements with" others, which the text does not tell apart', () => {
    shouldExtract('Chile and Peru signed the Andes Access Agreement. Chile has similar agreements with Bolivia and Ecuador.', ['Chile -partyTo-> Andes Access Agreement'], ['Bolivia -partyTo-> Andes Access Agreement', 'Ecuador -partyTo-> Andes Access Agreement']);
  });

  it('reads a pledge signed up to, and its initiators in a relative clause', () => {
    shouldExtract('Chile has signed up to a global pledge to plant more trees. Dozens of countries backed the pledge, which was launched by Peru and Bolivia.', ['Chile -partyTo-> Bolivia–Chile–Peru global pledge', 'Peru -partyTo-> Bolivia–Chile–Peru global pledge']);
  });

  it('makes the lender that approves a loan and its borrower after "for" its parties', () => {
    shouldExtract('The Andean Development Fund on Monday approved a $2 billion loan for crisis-hit Bolivia.', ['Andean Development Fund -partyTo-> Andean Development Fund–Bolivia loan', 'Bolivia -partyTo-> Andean Development Fund–Bolivia loan']);
  });

  it('reads a capitalised agreement name in a sentence full of names as a name', () => {
    const r = resolveTexts(['The Andes Access Agreement was signed in Lima by Ana Ruiz. Chile later joined an Enhanced Fishing Cooperation Agreement.']);
    expect(r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label).sort()).toEqual(['Andes Access Agreement', 'Enhanced Fishing Cooperation Agreement']);
  });

  it('reads the purchase of a firm: its buyer by the possessive (past an amount in parentheses), the firm bought after "of", and "the deal" opposed by an agent after "by the"', () => {
    const text = "The regulator has blocked Brenn Halvard's $4bn (£3bn) takeover of Quillon Amari. The deal has also been challenged by the Federal Trade Commission.";
    shouldExtract(text, ['Brenn Halvard -partyTo-> Brenn Halvard–Quillon Amari takeover', 'Quillon Amari -partyTo-> Brenn Halvard–Quillon Amari takeover', 'Federal Trade Commission -opposes-> Brenn Halvard–Quillon Amari takeover']);
  });

  it('reads no pledge where "pledge" is the verb of a headline', () => {
    const r = resolveTexts(['Andean Community leaders pledge support for Peru in summit talks']);
    expect(r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label)).toEqual([]);
  });

  it('makes the body whose leaders issue a joint communique its party', () => {
    shouldExtract('Leaders of the Andean Community on Saturday issued a joint communique on trade.', ['Andean Community -partyTo-> Andean Community joint communique']);
  });

  it('makes each country whose officials signed an agreement its party', () => {
    shouldExtract('Officials from Brazil and Argentina signed a grain accord in Montevideo.', ['Brazil -partyTo-> Argentina–Brazil grain accord', 'Argentina -partyTo-> Argentina–Brazil grain accord']);
    shouldExtract('The governments of Chile and Peru signed a fishing treaty.', ['Chile -partyTo-> Chile–Peru fishing treaty', 'Peru -partyTo-> Chile–Peru fishing treaty']);
  });

  it('reads "the sanctions" after a measure was named as that measure, not a concern of its own', () => {
    shouldExtract('Chile imposed sanctions on Bolivia in May. Bolivia rejected the sanctions as unfair.', ['Bolivia -opposes-> Chile sanctions'], ['Bolivia -opposes-> sanctions']);
  });

  it('reads "both countries" as the two countries just named together', () => {
    const text = 'Chile signed many accords with Peru and Peru hosted Chile often. The talks grew into a warm friendship between Bolivia and Ecuador. Last year both countries signed a river treaty.';
    shouldExtract(text, ['Bolivia -partyTo-> Bolivia–Ecuador river treaty', 'Ecuador -partyTo-> Bolivia–Ecuador river treaty'], ['Chile -partyTo-> Bolivia–Ecuador river treaty']);
  });
});

describe('memberOf', () => {
  it.each([
    // "a <body noun> member" in apposition: the body of that noun named just before
    ['The Board of Education met. Mrs. Ula Wills, Jr., a board member, argued.', ['Ula Wills -memberOf-> Board of Education']],
    // "is a member of"
    ['Finland is a member of NATO.', ['Finland -memberOf-> NATO']],
    // a party's label before "MP" is the party, not part of the title
    ['On Monday, Labour MP Ana Ruiz called for an inquiry.', ['Ana Ruiz -memberOf-> Labour Party']],
    // a two-word label before a party role and a comma
    ['The Lib Dem leader, Ana Ruiz, spoke.', ['Ana Ruiz -affiliatedWith-> Liberal Democrats'], ['Ana Ruiz -affiliatedWith-> Democratic Party']],
    // a word for a member between the label and the name
    ['Tory backbencher Ana Ruiz rebelled.', ['Ana Ruiz -memberOf-> Conservative Party']],
    // a firm's subsidiary or unit is part of it
    ['Velora Motors, a subsidiary of Kessler Holdings, cut jobs.', ['Velora Motors -memberOf-> Kessler Holdings']],
    // an ordinal between the copula and "member"
    ['Norway became the 32nd member of NATO in April.', ['Norway -memberOf-> NATO']],
    // "one of the members of"
    ['Kenya is one of the founding members of the Rift Trade Community.', ['Kenya -memberOf-> Rift Trade Community']],
    // a party in apposition
    ['Ana Ruiz, a Democrat, said the city would benefit.', ['Ana Ruiz -memberOf-> Democratic Party']],
    // a person's party in the possessive
    ["Ana Ruiz's Popular Renewal Movement has called for protests.", ['Ana Ruiz -memberOf-> Popular Renewal Movement']],
    // …and after ", whose"
    ['Ana Ruiz, whose Popular Renewal Movement lost the vote, conceded.', ['Ana Ruiz -memberOf-> Popular Renewal Movement']],
    // relative clause with a stranded preposition
    ['Spain is part of the alliance. It joined the European Union that Portugal is a member of.', ['Portugal -memberOf-> European Union']],
    // "X and other members of Y", "X, Z and other Y members"
    ['The cut was opposed by Nigeria and other members of OPEC.', ['Nigeria -memberOf-> OPEC']],
    ['The cut was opposed by Nigeria and other members of the Organization of the Petroleum Exporting Countries.', ['Nigeria -memberOf-> OPEC']],
    ['Finland, Norway and other NATO members sent ships.', ['Finland -memberOf-> NATO', 'Norway -memberOf-> NATO']],
    // "a bloc of which X is a member"
    ['Peru asked NATO, a military alliance of which Norway is a member, for help.', ['Norway -memberOf-> NATO']],
  ])('%j', (text: string, expected: string[], forbidden: string[] = []) => shouldExtract(text, expected, forbidden));

  it.each([
    // holding a seat: "its chairmanship of"
    ['Canada wants the climate to top the agenda of its chairmanship of the G7.', ['Canada -memberOf-> G7']],
    // apposition naming the body
    ['Nigeria - OPEC\'s biggest African producer - raised output.', ['Nigeria -memberOf-> OPEC']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('makes a member of a country that joined a body, but not of one that may join', () => {
    shouldExtract('Sweden joined NATO last year. Ukraine may join NATO one day.', ['Sweden -memberOf-> NATO'], ['Ukraine -memberOf-> NATO']);
  });

  it('makes a member of a state welcomed "as a member of" a body, and of states that formed one', () => {
    shouldExtract('Leaders welcomed Peru as a full member of the Andean Community on Monday.', ['Peru -memberOf-> Andean Community']);
    shouldExtract('Chile, Peru and Bolivia said they were leaving OPEC and have since formed the Pacific Metals Council.', ['Chile -memberOf-> Pacific Metals Council', 'Peru -memberOf-> Pacific Metals Council', 'Bolivia -memberOf-> Pacific Metals Council'], ['Chile -memberOf-> OPEC']);
    // (only states: people who found a body are its founders)
    shouldExtract('Ana Ruiz and Luis Vera founded the Pacific Metals Council.', [], ['Ana Ruiz -memberOf-> Pacific Metals Council']);
  });

  it('makes no member of someone who only deals with members', () => {
    shouldExtract('Ana Ruiz will host the members of the Rotary Club on Tuesday.', [], ['Ana Ruiz -memberOf-> Rotary Club']);
  });

  it('gives no membership for "is not part of"', () => {
    shouldExtract('Mexico is not part of the G7 group of nations.', [], ['Mexico -memberOf-> G7']);
  });

  it('keeps the member and drops the negated one in one sentence', () => {
    shouldExtract('Austria is not part of NATO, which Hungary is a member of.', ['Hungary -memberOf-> NATO'], ['Austria -memberOf-> NATO']);
  });
});

describe('locatedIn', () => {
  it("places a city the text calls the capital in its country when the story names the country in another sentence", () => {
    shouldExtract('Chile will host the talks. Delegates met in the capital, Santiago, on Monday.', ['Santiago -locatedIn-> Chile']);
    shouldExtract('Chile will host the talks. Santiago, the capital, was calm.', ['Santiago -locatedIn-> Chile']);
    // (Not a city merely named, nor one the gazetteer places in another country.)
    shouldExtract('Chile will host the talks. Delegates met in Santiago on Monday.', [], ['Santiago -locatedIn-> Chile']);
    shouldExtract('Peru will host the talks. Delegates met in the capital, Santiago.', [], ['Santiago -locatedIn-> Peru']);
  });

  it('reads no state in a street address quadrant, nor a location in a one-word firm\'s "of" name', () => {
    const address = resolveTexts(['The driver, Jed Olvey, 18, of 963 Lorne Ave., NE, was treated.']);
    expect(entitiesOf(address)).toContain('Lorne Ave. [Place]');
    expect(triplesOf(address)).not.toContain('Lorne Ave. -locatedIn-> Nebraska');
    expect(entitiesOf(resolveTexts(['Steel Company of Wales wants more coal.']))).toContain('Steel Company of Wales [Organization]');
  });

  it('reads no town before a state named in a list', () => {
    shouldExtract('By winning against Brandley, Kentucky and Vermont on the road, they won.', [], ['Brandley -locatedIn-> Kentucky']);
  });

  it.each([
    // "Place, Country"
    ['Flooding hit Mombasa, Kenya, on Friday.', ['Mombasa -locatedIn-> Kenya']],
    // "which is based in", "headquartered in"
    ['Shares in tech firm Zenco, which is based in Lima, rose.', ['Zenco -locatedIn-> Lima']],
    ['The bank Kovo Holdings, headquartered in Quito, fell.', ['Kovo Holdings -locatedIn-> Quito']],
    // the copula, and "has its headquarters in"
    ['Shares fell. Kovo Shipping is headquartered in Quito.', ['Kovo Shipping -locatedIn-> Quito']],
    ['Shares fell. Kovo Shipping has its headquarters in Quito.', ['Kovo Shipping -locatedIn-> Quito']],
    // "X-based" before the body, and in a description after it
    ['Shares in the Lima-based bank Zenco Holdings fell.', ['Zenco Holdings -locatedIn-> Lima']],
    ['Regulators fined tech firm Zenco, the Ohio-based software company, on Friday.', ['Zenco -locatedIn-> Ohio']],
    // possessive country before a region
    ["Rights groups visited China's Tibet region.", ['Tibet -locatedIn-> China']],
    // a town no gazetteer lists before a state's abbreviation, also cut by the tokeniser
    ['Her place of birth was Opelka, Ala.. The petition said so.', ['Opelka -locatedIn-> Alabama']],
    ['He was born in Plainfeld, N. J., in 1920.', ['Plainfeld -locatedIn-> New Jersey']],
    // … or before a state's full name and a comma
    ['He taught at Rayville, Texas, for years.', ['Rayville -locatedIn-> Texas']],
    // a firm's closing word, "of" and a place
    ['Ana Ruiz, sales manager for Velk Pharmical Corp. of New York, spoke.', ['Velk Pharmical Corp. -locatedIn-> New York']],
    // a county's body, named with the county
    ['The Marlow County Court heard the case.', ['Marlow County Court -locatedIn-> Marlow County']],
    // "City, State" and "City in Country", also before the subject of a dateline sentence
    ['The plant in Dayton, Ohio, closed in May.', ['Dayton -locatedIn-> Ohio']],
    ['Talks opened in Geneva in Switzerland on Monday.', ['Geneva -locatedIn-> Switzerland']],
    ['At a rally in Tulsa, Oklahoma, Trump attacked the press.', ['Tulsa -locatedIn-> Oklahoma']],
    ['Police in Uvalde, Texas, Tuesday named the gunman.', ['Uvalde -locatedIn-> Texas']],
    ['In Kansas City, Missouri, and Omaha, Nebraska, schools closed.', ['Kansas City -locatedIn-> Missouri', 'Omaha -locatedIn-> Nebraska']],
    // a city in a region that shares its name with a city
    ['He was born in Brooklyn, New York, in 1950.', ['Brooklyn -locatedIn-> New York']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it.each([
    // a list of cities, with or without a comma before the conjunction
    ['The tour stops in Lyon, Marseille, and Nice.', ['Lyon -locatedIn-> Marseille']],
    ['Flights resumed to Lima, Quito and Bogota.', ['Lima -locatedIn-> Quito']],
    ['In large cities like Baltimore, Louisville, and Washington, schools closed.', ['Baltimore -locatedIn-> Louisville']],
    // a list of states, the place inside it preceded by another
    ['Storms hit Iowa, Kansas, Nebraska, Ohio and Texas.', ['Nebraska -locatedIn-> Ohio', 'Kansas -locatedIn-> Nebraska']],
    ['Schools closed in Kentucky, Maryland, Delaware, Virginia and Ohio.', ['Delaware -locatedIn-> Virginia']],
    // continents lie in nothing
    ['Aid went to Europe, Asia, and Africa.', ['Europe -locatedIn-> Asia']],
    // an adjective after "in" or a comma is a language or a qualifier, not a country
    ['The agency broadcast from Cairo in English to Europe.', ['Cairo -locatedIn-> United Kingdom']],
    ['Convoys crossed Kabul, Russian trucks leading.', ['Kabul -locatedIn-> Russia']],
    // a continent qualifying a title
    ["Britain's Europe Director Ann Lee spoke.", ['Europe -locatedIn-> United Kingdom']],
  ])('no containment in %j', (text, forbidden) => shouldExtract(text, [], forbidden));
});

describe('concernedAbout, opposes and involves', () => {
  it.each([
    ['Ana Ruiz and Luis Vera approved the merger on Monday. Officials at the Zenco Workers Union said they were concerned about the future of the staff in Kora.', 'Zenco Workers Union -concernedAbout-> future of the staff in Kora'],
    ['Ana Ruiz and Luis Vera approved the merger on Monday. The Zenco Workers Union said they were worried about job losses.', 'Zenco Workers Union -concernedAbout-> job losses'],
  ])('reads "they" after "<body> said" (or "officials at <body> said") as the body, not the last two persons: %j', (text, expected) =>
    shouldExtract(text, [expected], [expected.replace('Zenco Workers Union', 'Ana Ruiz'), expected.replace('Zenco Workers Union', 'Luis Vera')]));

  it.each([
    ['The Zenco Workers Union, which represents 900 staff at plants in Kora, said it was deeply concerned about the threat to jobs.', 'Zenco Workers Union -concernedAbout-> threat to jobs'],
    ['Peru, which had long backed the port, said that it was worried about the threat of smuggling.', 'Peru -concernedAbout-> threat of smuggling'],
  ])('reads "it" after "<subject>, which …, said" as that subject: %j', (text, expected) => shouldExtract(text, [expected]));

  it.each([
    ['Rights Watch said it was concerned about the ethnic cleansing of villagers in Kora.', 'Rights Watch -concernedAbout-> ethnic cleansing of villagers in Kora'],
    ['The nurses\' union said it was worried about patient safety at the Kora Hospital.', 'patient safety at the Kora Hospital'],
    ['Chile raised concerns about the misuse of state media during the campaign.', 'Chile -concernedAbout-> misuse of state media during the campaign'],
  ])('takes what rights groups, unions and observers worry about as a concern: %j', (text, expected) => {
    const r = resolveTexts([text]);
    expect([...triplesOf(r), ...r.entities.map((e) => e.label)]).toContain(expected);
  });

  it.each([
    // a regulator the story introduced as one, then "the regulator"
    ['Media regulator Tarvo fined two channels. Its chief, Ana Ruiz, said the regulator was concerned about the loss of public trust.', 'Tarvo -concernedAbout-> loss of public trust'],
    // "the academy" for a body whose name holds the word
    ['The Northern Film Academy gave ten awards. Its chairman said the academy was concerned about cuts to arts funding.', 'Northern Film Academy -concernedAbout-> cuts to arts funding'],
  ])('reads "the regulator", "the academy" as the body of that kind named before: %j', (text, expected) => shouldExtract(text, [expected]));

  it.each([
    ['The new fishing tax, opposed by Chile, was scrapped.', 'Chile -opposes-> new fishing tax'],
    ['Peru raised a levy on fuel, a move criticised by Chile.', 'Chile -opposes-> levy on fuel'],
    // (the concern another trigger made at the same words is the one opposed)
    ['Peru has called for a phase-out of all fishing quotas, a demand opposed by Chile.', 'Chile -opposes-> phase-out of all fishing quotas'],
  ])('reads the agent of a reduced relative or apposition as opposing what stands before its comma: %j', (text, expected) => shouldExtract(text, [expected]));

  it.each([
    // "expressed concern about"
    ['Olaf Berg expressed concern about the militarisation of the Arctic.', ['Olaf Berg -concernedAbout-> militarisation of the Arctic', 'militarisation of the Arctic -involves-> Arctic']],
    // "condemned" with the actor of the concern
    ["Norway condemned Russia's invasion of Georgia.", ["Norway -opposes-> Russia's invasion of Georgia", "Russia's invasion of Georgia -involves-> Russia", "Russia's invasion of Georgia -involves-> Georgia"]],
    // coordinated concerns, each its own node
    ['Olaf Berg voiced worries about human rights in Tibet and rising tensions between India and Pakistan.', ['Olaf Berg -concernedAbout-> human rights in Tibet', 'Olaf Berg -concernedAbout-> rising tensions between India and Pakistan']],
    // one prefix distributed over two places
    ["Olaf Berg raised concerns about China's actions in both Tibet and Macau.", ["Olaf Berg -concernedAbout-> China's actions in Tibet", "Olaf Berg -concernedAbout-> China's actions in Macau"]],
    // opposition to an agreement
    ['Chile and Peru signed a fishing pact. Ecuador strongly opposes the pact.', ['Ecuador -opposes-> Chile–Peru fishing pact']],
    // a pronoun object takes the concern named before it
    ["After reports of Russia's invasion of Georgia, Olaf Berg denounced it.", ["Olaf Berg -opposes-> Russia's invasion of Georgia"]],
    // speaker of a quote
    ['"We are worried about the crackdown in Belarus," Olaf Berg said.', ['Olaf Berg -concernedAbout-> crackdown in Belarus']],
    // a trigger with no actor of its own in the clause a speaker reports is the speaker's; a negation in
    // an earlier coordinated clause does not reach it
    ['Olaf Berg insists that the rules do not amount to censorship and strike a balance between guarding the public against the threat of piracy and free speech.', ['Olaf Berg -concernedAbout-> piracy']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('reads "concerned that <the agreement> <verb>" as a concern about that agreement', () => {
    shouldExtract('Chile and Peru signed a fishing pact. Bolivia said it was worried that the pact would hurt its fishermen.', ['Bolivia -concernedAbout-> Chile–Peru fishing pact']);
    shouldExtract('Bolivia said it was worried that its fishermen would lose out.', [], ['Bolivia -concernedAbout-> fishermen']);
  });

  it("gives a reported clause's trigger to its speaker only when the clause itself is not negated", () => {
    shouldExtract('Olaf Berg insists that the rules pose no threat of censorship.', [], ['Olaf Berg -concernedAbout-> censorship']);
  });

  it('makes a concern of the topic of talks, with what it involves', () => {
    shouldExtract('Talks on the future of Cyprus begin on Monday.', ['future of Cyprus -involves-> Cyprus']);
  });

  it('passes the head of a light noun to its complement', () => {
    shouldExtract("Fijians rejected plans for Rotuma's sovereignty to change.", ["Fiji -opposes-> plans for Rotuma's sovereignty"]);
  });

  it('keeps a conflict named with its place even when no one expresses concern in that sentence', () => {
    const r = resolveTexts(["Mali's worst famine in decades left millions hungry."]);
    expect(r.entities.filter((e) => e.kind === 'Concern').map((e) => e.label)).toEqual(["Mali's worst famine"]);
  });

  it('reads a hyphenated head such as "build-up"', () => {
    shouldExtract("Chile was worried about Peru's naval build-up in the Pacific.", ["Chile -concernedAbout-> Peru's naval build-up in the Pacific"]);
  });

  it('takes "the two countries" for the two the article names most', () => {
    shouldExtract('Chile and Peru held talks. Chile wants more trade. Later the two countries signed a fishing pact.', ['Peru -partyTo-> Chile–Peru fishing pact']);
  });

  it('makes the accused the actor of what they are accused of', () => {
    shouldExtract('Vietnam accused China of dangerous manoeuvres in the Gulf of Tonkin.', ['Vietnam -opposes-> dangerous manoeuvres in the Gulf of Tonkin', 'dangerous manoeuvres in the Gulf of Tonkin -involves-> China']);
  });

  it('skips the one warned and takes what they are warned against', () => {
    shouldExtract('Turkey warned Greece against any militarisation of the islands.', ['Turkey -concernedAbout-> militarisation of the islands']);
  });

  it('makes no concern of a hypothetical one', () => {
    shouldExtract('She saw no reason Brazil would be concerned about the new pipeline deal between Chile and Peru.', [], ['Brazil -concernedAbout-> Chile–Peru pipeline deal']);
  });

  it('makes no concern of an aim', () => {
    const r = resolveTexts(['Olaf Berg spoke of concerns about protecting peace and security in the Arctic.']);
    expect(r.entities.filter((e) => e.kind === 'Concern')).toEqual([]);
  });

  it('does not make the parties of an agreement the subject of a later concern', () => {
    shouldExtract('A pact signed by Chile and Peru raised worries of a military base near Bolivia.', [], ['Chile -concernedAbout-> military base near Bolivia']);
  });
});
