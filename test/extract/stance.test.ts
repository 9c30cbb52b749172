// Stance patterns (03-stance.ts): an actor opposing or worrying about an action or a policy, one row
// per pattern id, on sentences written for these tests; each row also says what must not come out.

import { resolveTexts, triplesOf } from '../_helpers';

function shouldExtract(text: string, expected: string[], forbidden: string[] = []) {
  const got = triplesOf(resolveTexts([text]));
  for (const e of expected) expect(got).toContain(e);
  for (const f of forbidden) expect(got).not.toContain(f);
}

function concernsOf(text: string): string[] {
  return resolveTexts([text]).entities.filter((e) => e.kind === 'Concern').map((e) => e.label);
}

describe('stance patterns', () => {
  it.each([
    // judged-after-speech: an adjective of poor quality judges the noun after it ("a bad bargain")
    ['Norway agreed a deal with Orvik Group. Kora Aid said the deal was a bad bargain.', ['Kora Aid -opposes-> Norway–Orvik Group deal']],
    // …and a body named before the noun of its kind holds it ("The Kora union said")
    ['Norway agreed a deal with Orvik Group. The Dockhand union said the deal was unfair.', ['Dockhand -opposes-> Norway–Orvik Group deal']],
    // problem-state: a concern noun said to be near or rife, of the one who reports it
    ['The Kora Health Agency warned that a cholera pandemic was imminent.', ['Kora Health Agency -concernedAbout-> cholera pandemic']],
    ['Ana Rusk said torture was still widespread in the jails.', ['Ana Rusk -concernedAbout-> torture']],
    // problem-judged: a noun-modified "emergency", quoted
    ['Ana Rusk said child poverty was "a public health emergency".', ['Ana Rusk -concernedAbout-> child poverty']],
    // a forum after the object ends it: "challenge the deal in the European courts" opposes the deal (rule oppose-object)
    ['Norway agreed a deal with Orvik Group to build the dam. Sweden threatened to challenge the deal in the European courts.', ['Sweden -opposes-> Norway–Orvik Group deal']],
    // a law by its name opposed (rule law-name)
    ['The Alden Farmers Union opposed the Clean Rivers Act.', ['Alden Farmers Union -opposes-> Clean Rivers Act']],
    // oppose-passive: each coordinated agent after "by"
    ["Norway's bid was blocked by Chile and Peru.", ["Chile -opposes-> Norway's bid", "Peru -opposes-> Norway's bid"]],
    // a party's letter after the name is no actor of its own
    ['Sen. Ana Ruiz (D., Okla.) opposed the water bill.', ['Ana Ruiz -opposes-> water bill'], ['Democratic Party -opposes-> water bill']],
    // a body's definite description ("the union") is the actor, as its name would be
    ['Ana Ruiz spoke for the Kora Rail Union. The union opposes plans to close ticket offices.', ['Kora Rail Union -opposes-> plans to close ticket offices']],
    // oppose-object: a gerund object is the action opposed
    ['Olaf Berg opposes easing the limits on fishing quotas.', ['Olaf Berg -opposes-> easing the limits on fishing quotas']],
    // oppose-object: a verb the phrases pass does not know, with a plain noun object
    ['Chile decried the new levy on copper exports.', ['Chile -opposes-> new levy on copper exports']],
    // oppose-object: "condemned what they called X": the words the actor uses are the object
    ['Rights groups, including the Kora Legal Centre, condemned what they called a brutal use of force.', ['Kora Legal Centre -opposes-> brutal use of force']],
    // oppose-object: "objected to"
    ['Marta Ruiz objected to the closure of the harbour.', ['Marta Ruiz -opposes-> closure of the harbour']],
    // oppose-object: a light noun runs on through its verb ("a bid to cut the grant")
    ['Olaf Berg said Norway would veto any bid to cut the fishing subsidy.', ['Norway -opposes-> bid to cut the fishing subsidy']],
    // oppose-object: after "any", a restrictive clause runs on through its verb ("any deal that raises X")
    ['Olaf Berg said Norway would veto any deal that raises the fishing levy.', ['Norway -opposes-> deal that raises the fishing levy']],
    // oppose-object: "criticised X for Y" opposes Y, with X its actor
    ['Chile condemned Peru for the arrest of three fishermen.', ['Chile -opposes-> arrest of three fishermen', 'arrest of three fishermen -involves-> Peru']],
    ['Olaf Berg criticised the government for its handling of the fuel shortage.', ['Olaf Berg -opposes-> handling of the fuel shortage']],
    // against-verb: "voted against X", "spoke out against X"
    ['Olaf Berg voted against the new fishing levy.', ['Olaf Berg -opposes-> new fishing levy']],
    ['Chile spoke out against the crackdown on unions.', ['Chile -opposes-> crackdown on unions']],
    // concern-verb: "tackle" names a problem
    ['Marta Ruiz vowed to tackle rural illiteracy.', ['Marta Ruiz -concernedAbout-> rural illiteracy']],
    // call-judgement: "called X ADJ"
    ["Chile called Peru's new fishing quota unjustified.", ["Chile -opposes-> Peru's new fishing quota", "Peru's new fishing quota -involves-> Peru"]],
    // judged-after-speech: "said X could no longer be justified"
    ['Marta Ruiz said the copper subsidy could no longer be justified.', ['Marta Ruiz -opposes-> copper subsidy']],
    // judged-after-speech: "thinks X should be rejected"
    ["Olaf Berg said he thinks Marta Ruiz's proposed tax amendment should be rejected.", ["Olaf Berg -opposes-> Marta Ruiz's proposed tax amendment"]],
    // judged-after-speech: "ruled that X is too high"
    ["Norway ruled that Chile's 70% controlling stake is too high.", ["Norway -opposes-> Chile's 70% controlling stake"]],
    // oppose-object: "threaten" with a measure for object
    ['Chilean lawmakers threatened the new copper levy.', ['Chile -opposes-> new copper levy']],
    // want-end: "wants X to come to an end"
    ['Marta Ruiz has said she wants the copper subsidy to come to an end.', ['Marta Ruiz -opposes-> copper subsidy']],
    // want-end: a subjunctive "be scrapped"
    ['Peru demanded the import tariffs be scrapped.', ['Peru -opposes-> import tariffs']],
    // urge-action: "urged X not to VERB Y" opposes the action
    ['Olaf Berg urged the council not to close the village clinic.', ['Olaf Berg -opposes-> close the village clinic']],
    // refuse-support: a negated support verb is opposition
    ['Norway cannot support the proposed whaling fund.', ['Norway -opposes-> proposed whaling fund']],
    // struggle-against: "the campaign against X"
    ['Marta Ruiz led the campaign against child labour.', ['Marta Ruiz -opposes-> child labour']],
    // call-for: what an actor calls for is its concern
    ['Chile called for more stability in currency markets.', ['Chile -concernedAbout-> more stability in currency markets']],
    // worry-object: a worry about something that is no concern noun
    ['Olaf Berg is worried about the number of migrant workers heading west.', ['Olaf Berg -concernedAbout-> number of migrant workers']],
    // what a government bans or outlaws it opposes
    ['The Chilean government has banned imports of timber from Peru.', ['Chile -opposes-> imports of timber from Peru', 'imports of timber from Peru -involves-> Peru']],
    // a gerund that ends the phrase, which the tagger reads as a verb
    ['Chile is worried about cheap timber dumping.', ['Chile -concernedAbout-> cheap timber dumping']],
    // made-priority: "made X a key theme"
    ['Norway has made rural poverty a key theme of its presidency.', ['Norway -concernedAbout-> rural poverty']],
    // avowed-support: what an actor avows support for, not the supporting itself
    ["Olaf Berg stressed his support for Chile's territorial integrity.", ["Olaf Berg -concernedAbout-> Chile's territorial integrity", "Chile's territorial integrity -involves-> Chile"]],
    // harm-consequence: what a speaker says would do harm
    ["Olaf Berg said the new harbour levy would undermine the island's fishing trade.", ['Olaf Berg -concernedAbout-> new harbour levy']],
    // harm-consequence: a consequence verb with a bad outcome after it, subject after a dashed aside
    ['Critics - including Chile and Peru - believe deregulation could result in mines moving abroad, undercutting local wages.', ['Chile -concernedAbout-> deregulation', 'Peru -concernedAbout-> deregulation']],
    // harm-consequence: "make … more difficult", "mean a hike"
    ['Norway said the verdict would make the merger more difficult.', ['Norway -concernedAbout-> verdict']],
    ["Marta Ruiz said the council's proposal would mean a steep hike in rents.", ["Marta Ruiz -concernedAbout-> council's proposal"]],
    // judged-before-speech: a fronted judgement, its speaker after the comma
    ['Keeping girls out of school is a backward policy, Olaf Berg has said.', ['Olaf Berg -opposes-> Keeping girls out of school']],
    // …a judging noun after an adjective ("a grave setback"), the speaker before an apposition that ends at the verb
    ['"The levy is a grave setback for the valley," Olaf Berg, the fishermen\'s spokesman for the north, said.', ['Olaf Berg -opposes-> levy']],
    // …but not a neutral noun after the adjective
    ['"The levy is a grave matter," Olaf Berg, the spokesman, said.', [], ['Olaf Berg -opposes-> levy']],
    // worry-in-place: "In X and Y, there is anxiety about Z"
    ['In Chile and Peru, there is growing anxiety about miners moving south.', ['Chile -concernedAbout-> miners moving south', 'Peru -concernedAbout-> miners moving south', 'miners moving south -involves-> Chile']],
    // oppose-object: those sued are no concern; what they took part in is
    ['Norway is suing the firms involved in the sale of the whaling fleet.', ['Norway -opposes-> sale of the whaling fleet']],
    // must-be-remedied: what a speaker says must be dealt with
    ['Olaf Berg said housing shortages had to be tackled.', ['Olaf Berg -concernedAbout-> housing shortages']],
    // problem-of: a problem named by the verb's subject, kept whole when coordinated
    ['Marta Ruiz highlighted the scourge of drug abuse and petty crime.', ['Marta Ruiz -concernedAbout-> drug abuse and petty crime']],
    // judged-after-speech: a judging noun after "was a"
    ["Olaf Berg said the dam was a threat to the river's wildlife.", ['Olaf Berg -opposes-> dam']],
    // oppose-object: "is opposed to" is no passive
    ['Olaf Berg is opposed to the new dam.', ['Olaf Berg -opposes-> new dam']],
    // harm-consequence: harm already done or a threat posed needs no modal
    ['Olaf Berg said the flood damaged the crops.', ['Olaf Berg -concernedAbout-> flood']],
    ['Marta Ruiz said the new quarry poses a serious risk to the aquifer.', ['Marta Ruiz -concernedAbout-> new quarry']],
    // worry-object: "fears" with a direct object, also where wink tags it a noun
    ['Chile fears a collapse of copper prices.', ['Chile -concernedAbout-> collapse of copper prices']],
    // critic-of: a critic after a copula, in an apposition, and critics of X such as Y
    ['Olaf Berg is a fierce critic of the new dam.', ['Olaf Berg -opposes-> new dam']],
    ['Olaf Berg, a longtime opponent of the quarry, spoke first.', ['Olaf Berg -opposes-> quarry']],
    ['Critics of the quarry, such as Olaf Berg and Marta Ruiz, say it will poison the valley.', ['Olaf Berg -opposes-> quarry', 'Marta Ruiz -opposes-> quarry']],
    // oppose-relative: the object of "which X opposes" stands before it
    ['The quarry, which Chile opposes, will open in May.', ['Chile -opposes-> quarry']],
    // be-against: "is against X"
    ['Chile is firmly against the new dam.', ['Chile -opposes-> new dam']],
    // struggle-against: "opposition to X", "objections to X"
    ["Chile's opposition to the dam has grown.", ['Chile -opposes-> dam']],
    ['Olaf Berg repeated his objections to the quarry.', ['Olaf Berg -opposes-> quarry']],
    // topic-discussed: those discussed with stand before the topic; what is to be countered is the concern
    ['Olaf Berg said he discussed with Prime Minister Marta Ruiz aid for Chile in countering drug trafficking.', ['Olaf Berg -concernedAbout-> drug trafficking']],
    // back-relief: what a backed plan is to relieve, without its share; the body before "finance ministers" acts
    ['Chile finance ministers have backed plans to write off up to 80% of the arrears of rural farmers.', ['Chile -concernedAbout-> arrears of rural farmers']],
    // vote-to-end: what a body votes to cut it opposes, without the range of the cut
    ["Chile's senate voted by a wide margin to cut Norway's share in the copper mine from 60% to 40%.", ["Chilean Senate -opposes-> Norway's share in the copper mine"]],
    // said-risk: an actor said to be a risk makes the risk a concern that involves it
    ['Olaf Berg said that Chile was a threat to regional stability.', ['Olaf Berg -concernedAbout-> threat to regional stability', 'threat to regional stability -involves-> Chile']],
    // stance-adjective: an adjective of stance after a copula, with its preposition
    ['Chile remains wary of the new fishing levy.', ['Chile -opposes-> new fishing levy']],
    ['Olaf Berg said he was worried by the rise in piracy.', ['Olaf Berg -concernedAbout-> rise in piracy']],
    // phrasal-stance: one row of the phrasal table each
    ['Olaf Berg hit out at the new fishing levy.', ['Olaf Berg -opposes-> new fishing levy']],
    ['Olaf Berg questioned the wisdom of the new fishing levy.', ['Olaf Berg -opposes-> new fishing levy']],
    ['Olaf Berg vowed to crack down on drug smuggling.', ['Olaf Berg -concernedAbout-> drug smuggling']],
    // call-for: "an end to X", "X to be scrapped", after "has"
    ['Chile has called for an end to the fishing ban.', ['Chile -opposes-> fishing ban']],
    ['Chile called for the fishing ban to be scrapped.', ['Chile -opposes-> fishing ban']],
    // want-end: "wants to scrap X"
    ['Chile wants to scrap the fishing levy.', ['Chile -opposes-> fishing levy']],
    // against-verb: a duration between the verb and "against"
    ['Olaf Berg has campaigned for years against the fishing levy.', ['Olaf Berg -opposes-> fishing levy']],
    // oppose-object: what a named party is blamed for; "has long been opposed"
    ['Olaf Berg blamed Peru for the collapse of the talks.', ['Olaf Berg -opposes-> collapse of the talks', 'collapse of the talks -involves-> Peru']],
    ['Chile has long been opposed to whaling.', ['Chile -opposes-> whaling']],
    // worry-object: the subject of a verb of expression
    ['Chile expressed alarm at the rise in piracy.', ['Chile -concernedAbout-> rise in piracy']],
    // oppose-passive: the agent after "by" opposes the subject
    ['The fare increase was opposed by Olaf Berg, spokesman for the tenants.', ['Olaf Berg -opposes-> fare increase']],
    // face-opposition: "X faces opposition from Y"
    ['The housing bill is expected to encounter strong opposition from Chile and Peru.', ['Chile -opposes-> housing bill', 'Peru -opposes-> housing bill']],
    // struggle-against: "a stand in opposition to X" takes the subject of the verb
    ['Chile made another stand in opposition to the housing bill.', ['Chile -opposes-> housing bill']],
    // judged-after-speech: past a time phrase and the one told
    ['Chile said on Monday that the fishing levy was unacceptable.', ['Chile -opposes-> fishing levy']],
    ['Olaf Berg told reporters the fishing levy was unfair.', ['Olaf Berg -opposes-> fishing levy']],
    // judged-before-speech: the speaker after the verb; harm in the fronted clause
    ['"The fishing levy is unacceptable," said Olaf Berg.', ['Olaf Berg -opposes-> fishing levy']],
    ['The new quarry would poison the aquifer, Marta Ruiz warned.', ['Marta Ruiz -concernedAbout-> new quarry']],
  ])('%j', (text: string, expected: string[], forbidden: string[] = []) => shouldExtract(text, expected, forbidden));

  it('gives "promises to tackle X" in a quotation to its speaker, and ends an object before a subject pronoun', () => {
    shouldExtract('Olaf Berg added: "If rich towns keep their promises to tackle rural poverty they must act fast."', ['Olaf Berg -concernedAbout-> rural poverty']);
    // Outside a quotation whose promises they are is not said.
    shouldExtract('Olaf Berg arrived. Rich towns made promises to tackle rural poverty.', [], ['Olaf Berg -concernedAbout-> rural poverty']);
  });

  it('gives a stance verb after "and" the subject of the clause\'s first verb, past a long object', () => {
    shouldExtract('Olaf Berg thanked the king for looking after the community of people in the city and condemned the recent attack on the port.', ['Olaf Berg -opposes-> recent attack on the port']);
    // (…not when the verb after "and" has its own subject.)
    shouldExtract('Olaf Berg thanked the king for looking after the community of people and the king condemned the recent attack on the port.', [], ['Olaf Berg -opposes-> recent attack on the port']);
  });

  it('reads the hyphen of a compound as no aside before the verb', () => {
    shouldExtract('Olaf Berg says this is the stumbling-block which reform must clear.', [], ['Olaf Berg -opposes-> which reform']);
  });

  it('makes no second concern of a place named inside a longer place name', () => {
    shouldExtract('Chen Li opposed the admission of Outer Mongolia.', ['Chen Li -opposes-> admission of Outer Mongolia'], ['Chen Li -opposes-> admission of Outer']);
  });

  it('blames no stance on a pronoun and reads no advice as a concern', () => {
    shouldExtract('Olaf Berg said they blame us for all their troubles.', [], ['Olaf Berg -opposes-> troubles']);
    shouldExtract('Olaf Berg warned against pigeonholing Chile as a rival.', [], ['Olaf Berg -concernedAbout-> pigeonholing Chile as a rival']);
  });

  it('reads no stance into a passive with no named agent, a proposition feared or a verb with its own object after "which X"', () => {
    shouldExtract('The dam was rejected by most.', [], ['Chile -opposes-> dam']);
    shouldExtract('Chile fears that copper prices will fall.', [], ['Chile -concernedAbout-> copper prices']);
    shouldExtract('The quarry, which Chile opposes strongly, will open.', ['Chile -opposes-> quarry']);
    shouldExtract('The quarry, which Chile condemned the plan for, will open.', [], ['Chile -opposes-> quarry']);
  });

  it('gives a problem named in a quotation run on from an earlier sentence to its speaker', () => {
    const text = '"We will not give up," Olaf Berg said. "We must rebuild the harbour.\n\n"And there is also the issue of rural illiteracy. It is a breeding ground of despair."';
    shouldExtract(text, ['Olaf Berg -concernedAbout-> rural illiteracy', 'Olaf Berg -concernedAbout-> despair']);
    // Outside a quotation nobody is said to name the problem.
    shouldExtract('Olaf Berg arrived. There is also the issue of rural illiteracy.', [], ['Olaf Berg -concernedAbout-> rural illiteracy']);
  });

  it('reads no harm into a consequence that is denied or good', () => {
    shouldExtract('Olaf Berg said the new harbour levy would not undermine the fishing trade.', [], ['Olaf Berg -concernedAbout-> new harbour levy']);
    shouldExtract('Olaf Berg said the new harbour levy would mean a rise in school funding.', [], ['Olaf Berg -concernedAbout-> new harbour levy']);
    shouldExtract('Keeping girls in school is a sound policy, Olaf Berg has said.', [], ['Olaf Berg -opposes-> Keeping girls in school']);
    shouldExtract('Anna Lind said there is growing anxiety about miners moving south.', [], ['Anna Lind -concernedAbout-> miners moving south']);
  });

  it('makes the topics of a meeting concerns of both who met, one node each', () => {
    shouldExtract('Anna Lind met Olaf Berg. Anna Lind said the two leaders had talked about the border dispute and the drought in Chad.', [
      'Anna Lind -concernedAbout-> border dispute',
      'Olaf Berg -concernedAbout-> border dispute',
      'Olaf Berg -concernedAbout-> drought in Chad',
    ]);
  });

  it('gives a verb after "and" the subject of the verb before it', () => {
    shouldExtract('Anna Lind held talks with Olaf Berg and discussed the border dispute.', ['Anna Lind -concernedAbout-> border dispute'], ['Olaf Berg -concernedAbout-> border dispute']);
  });

  it('makes no stance of a negated one, nor of support', () => {
    shouldExtract('Chile did not oppose easing the limits on fishing quotas.', [], ['Chile -opposes-> easing the limits on fishing quotas']);
    shouldExtract('Norway will support the proposed whaling fund.', [], ['Norway -opposes-> proposed whaling fund']);
  });

  it('makes no concern of a passive, a person, a bare generic noun or a pronoun with its adjunct', () => {
    expect(concernsOf('The theory was rejected by most later writers.')).toEqual([]);
    expect(concernsOf('Chile opposed Marta Ruiz.')).toEqual([]);
    expect(concernsOf('Chile opposed the measure.')).toEqual([]);
    expect(concernsOf('Chile wants to prevent it by signing a treaty.')).toEqual([]);
  });

  it('does not read "scrap metal", "pressing reasons" or "efforts to combat X" as stances', () => {
    expect(concernsOf('Huts were made of mud, scrap metal and cardboard.')).toEqual([]);
    shouldExtract("There are pressing reasons for Chile's decision to enter the fishing pact.", [], []);
    expect(concernsOf("There are pressing reasons for Chile's decision to enter the fishing pact.")).toEqual([]);
    shouldExtract('Anna Lind praised Norway and its efforts to combat rural poverty.', [], ['Norway -concernedAbout-> rural poverty']);
    shouldExtract('Anna Lind praised Norway and its efforts to fight rural poverty.', [], ['Norway -concernedAbout-> rural poverty']);
  });

  it('reads "this" before a noun as a determiner, not as a pronoun for the concern named before', () => {
    shouldExtract('Chile feared a border war. Later Olaf Berg criticised this government.', [], ['Olaf Berg -opposes-> border war']);
  });

  it('reads "met X to discuss Y" as a topic of the meeting held, for the subject of "met"', () => {
    shouldExtract('Chile met with Peruvian envoys to discuss the support for a peaceful settlement of the border dispute.', ['Chile -concernedAbout-> peaceful settlement of the border dispute']);
  });

  it('takes no topics from a meeting still to come, and leaves its time and venue out of a topic', () => {
    expect(concernsOf('Anna Lind and Olaf Berg will discuss the border dispute on Tuesday.')).toEqual([]);
    shouldExtract('Anna Lind and Olaf Berg discussed the border dispute at a meeting on Tuesday.', ['Anna Lind -concernedAbout-> border dispute']);
  });

  it('gives a verb after "and" the subject that opens the clause, past a "that" clause', () => {
    shouldExtract('Chile faced a severe energy crisis last year. Chile fears that rising demand could spark another crisis and wants to prevent it.', ['Chile -opposes-> severe energy crisis']);
  });

  it('takes no relative pronoun for an actor, nor a country with a time word for a concern', () => {
    expect(concernsOf('Olaf Berg spoke. The gangs who threaten Norway today are small.')).toEqual([]);
  });

  it('wants an actor right before the verb: "his schedule calls for" has none', () => {
    shouldExtract('Olaf Berg is busy. His schedule calls for a speech on rural poverty in Oslo.', [], ['Olaf Berg -concernedAbout-> speech on rural poverty']);
    expect(concernsOf('Olaf Berg is busy. His schedule calls for a speech on rural poverty in Oslo.')).toEqual([]);
  });

  it('leaves a time phrase and a relative clause out of the concern', () => {
    shouldExtract('The Oslo Hotel Association objected on Tuesday to a proposed boost in licensing fees.', ['Oslo Hotel Association -opposes-> proposed boost in licensing fees']);
    shouldExtract('Olaf Berg deplored the tax whose burden falls on farmers.', ['Olaf Berg -opposes-> tax']);
  });

  it('takes no hypothetical worry, no expletive subject and no phrase ending in a pronoun', () => {
    expect(concernsOf("Olaf Berg said we'd be worried about the perception of it.")).toEqual([]);
    expect(concernsOf('There are also concerns about the number of migrant workers in Chile.')).toEqual([]);
  });

  it('reads what one threatens to do, and what is too young, as no concern', () => {
    expect(concernsOf('Olaf Berg threatened reprisal against the unions.')).toEqual([]);
    expect(concernsOf('Marta Ruiz felt her children were too young to vote.')).toEqual([]);
  });

  it('reads a clause opened by "nor" as negated, and no object that starts with a verb', () => {
    expect(concernsOf('Nor does Olaf Berg discuss the border dispute.')).toEqual([]);
    expect(concernsOf('What Chile objected to is the rising toll on exports.')).toEqual([]);
  });

  it('takes a priority only as the second object of "make", not from a phrase inside the first', () => {
    expect(concernsOf('Norway is making no progress toward its main goal.')).toEqual([]);
  });

  it('does not take those called on for a concern', () => {
    expect(concernsOf('Chile called for all nations to respect the law of the sea.')).toEqual([]);
  });
});

describe('concerns named by a judgement, a measure attacked, a value kept safe or the grounds of a measure', () => {
  it.each([
    // problem-judged: a copula judges its subject a problem; the speaker set off by commas holds it
    ['The illegal logging of old forests is the gravest threat to the valley, Olaf Berg said.', ['Olaf Berg -concernedAbout-> illegal logging of old forests']],
    // problem-judged: the judged thing after "the biggest problem was", reported by a verb of speech
    ['Marta Ruiz said the biggest problem was youth unemployment in the valley.', ['Marta Ruiz -concernedAbout-> youth unemployment in the valley']],
    // attack-measure: a verb of attack opposes a measure
    ['Olaf Berg attacked the new harbour levy.', ['Olaf Berg -opposes-> new harbour levy']],
    ["Marta Ruiz fought the mayor's parking tax.", ["Marta Ruiz -opposes-> mayor's parking tax"]],
    // safeguard-value: a value kept safe
    ['Marta Ruiz vowed to defend press freedom.', ['Marta Ruiz -concernedAbout-> press freedom']],
    // on-grounds: the grounds of a measure, for the subject of its verb
    ['Norway blocked the takeover on national security grounds.', ['Norway -concernedAbout-> national security']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('names a concern judged a problem or fought against even with no actor in the sentence', () => {
    expect(concernsOf('The spring session opened with rural flooding still the most pressing issue.')).toContain('rural flooding');
    expect(concernsOf('The report found two problems: low wages and poor housing.')).toEqual(expect.arrayContaining(['low wages', 'poor housing']));
    expect(concernsOf('Laws against child labour were demanded in the report.')).toContain('child labour');
    expect(concernsOf('The report raised the highly sensitive problem of closing rural schools.')).toContain('closing rural schools');
    expect(concernsOf('The ferry was stopped on grounds of the fire hazard to passengers.')).toContain('fire hazard to passengers');
  });

  it('judges nothing negated, no actor, no issue of a magazine and no object of another verb', () => {
    expect(concernsOf('Marta Ruiz said inflation is not the main problem.')).not.toContain('inflation');
    expect(concernsOf("Chile's government remains the biggest threat, Olaf Berg said.")).toEqual([]);
    expect(concernsOf('The magazine printed five issues: the spring number and the summer number.')).toEqual([]);
    expect(concernsOf('The vote that may force us to hold a meeting is the main issue.')).not.toContain('meeting');
  });

  it('takes no attack on a place, no title defended, no personal grounds and no struggle "to" a thing', () => {
    expect(concernsOf('The troops attacked the harbour town.')).toEqual([]);
    expect(concernsOf('Olaf Berg defended his title.')).toEqual([]);
    expect(concernsOf('The stamp was rejected on general chemical grounds.')).toEqual([]);
    expect(concernsOf('Resistance to corrosion is high in the new alloy.')).toEqual([]);
    expect(concernsOf('The war against the rebel barons went on.')).toEqual([]);
  });
});

describe('a measure named once and taken up as "the bill"', () => {
  it('gives "the bill" the measure the story named, not a law mentioned on the way', () => {
    shouldExtract('Marta Ruiz unveiled the harbour dredging bill on Monday. Olaf Berg argued that the bill was unconstitutional.', ['Olaf Berg -opposes-> harbour dredging bill']);
    shouldExtract("Chile's senate debated the copper royalty bill. The royalty would replace the old mining tax law. Olaf Berg said the measure was unfair.", ['Olaf Berg -opposes-> copper royalty bill'], ['Olaf Berg -opposes-> old mining tax law']);
  });

  it('takes no body of law for a measure, and keeps a measure no one spoke of out of the graph', () => {
    shouldExtract('Olaf Berg cited state law. Marta Ruiz argued that the law was unfair.', [], ['Marta Ruiz -opposes-> state law']);
    expect(concernsOf('Marta Ruiz unveiled the harbour dredging bill on Monday.')).toEqual([]);
  });
});

describe('problems dealt with, disputes, and the measure of a legislator from a town', () => {
  it.each([
    // deal-with: a problem an actor deals with or addresses, its object heading a concern
    ['Marta Ruiz said Chile must deal with the debt crisis in the north.', ['Chile -concernedAbout-> debt crisis']],
    ['Olaf Berg promised to address the housing shortage.', ['Olaf Berg -concernedAbout-> housing shortage']],
    // dispute-over: the dispute is the concern of the one who speaks of it
    ['Olaf Berg said the row over the fishing quota was hurting trade.', ['Olaf Berg -concernedAbout-> row over the fishing quota']],
    // attack-measure and judged-after-speech: "X of <town>" is the subject; "the tax bill" and "the
    // measure" take up the one measure named before, "a new … levy" named without "new"
    ['The senate debated the harbour toll bill. Sen. Olaf Berg of Brackton attacked the toll bill as unfair. Sen. Marta Ruiz of Dunmore said the measure was unjust.', ['Olaf Berg -opposes-> harbour toll bill', 'Marta Ruiz -opposes-> harbour toll bill']],
    ['The council passed a new parking levy. Olaf Berg argued that the levy was unconstitutional.', ['Olaf Berg -opposes-> parking levy']],
    // safeguard-value: a possessive before the value, the means after it left out
    ['Marta Ruiz said Chile would defend its fishing rights by every legal means.', ['Chile -concernedAbout-> fishing rights']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('deals with no plain object and takes no rival for a post as a concern', () => {
    expect(concernsOf('Olaf Berg addressed the conference on Monday.')).toEqual([]);
    expect(concernsOf('Olaf Berg dealt with the letters himself.')).toEqual([]);
    shouldExtract('Marta Ruiz will oppose Mayor Olaf Berg for the party nomination.', [], ['Marta Ruiz -opposes-> party nomination']);
  });
});

describe('conflicts with a proper name', () => {
  it('names "the Cold War", "World War 2" and "the Harbour Crisis" with no trigger, but no title of a work, no committee and no bare war', () => {
    expect(concernsOf('Olaf Berg grew up during the Cold War.')).toEqual(['Cold War']);
    expect(concernsOf('Marta Ruiz served in World War 2 and retired in 1960.')).toEqual(['World War 2']);
    expect(concernsOf('Olaf Berg wrote a history of the Harbour Crisis.')).toEqual(['Harbour Crisis']);
    expect(concernsOf("Marta Ruiz read Berg's War last night.")).toEqual([]);
    expect(concernsOf('The War Plans Committee met on Monday.')).toEqual([]);
    expect(concernsOf('Olaf Berg said the war was long.')).toEqual([]);
  });
});

describe('pledges to end an issue, fights against one, and a subject before "who"', () => {
  it.each([
    // pledge-end: a pledge to end or scrap an issue or a measure
    ['Marta Ruiz pledged to end child poverty in the valley.', ['Marta Ruiz -opposes-> child poverty in the valley']],
    ['Olaf Berg vowed to scrap the harbour levy.', ['Olaf Berg -opposes-> harbour levy']],
    // deal-with: "fight" with an issue for object
    ['Chile promised to fight corruption in the ports.', ['Chile -concernedAbout-> corruption in the ports']],
    // relativeSetVerb: the one who leads or belongs to a set a relative clause describes holds its stance
    ['Olaf Berg leads a group of coastal towns that oppose the harbour levy.', ['Olaf Berg -opposes-> harbour levy']],
    ['Chile is one of the countries that reject the copper quota.', ['Chile -opposes-> copper quota']],
    // …but not one who only meets such a set
    ['Olaf Berg met a group of farmers that oppose the harbour levy.', [], ['Olaf Berg -opposes-> harbour levy']],
    // actorSubject: the name before ", who"
    ['Olaf Berg, who has long opposed the harbour levy, retired on Monday.', ['Olaf Berg -opposes-> harbour levy']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));

  it('takes no person stopped, no tie ended and no war fought for an issue', () => {
    expect(concernsOf('Olaf Berg tried to stop the thief.')).toEqual([]);
    expect(concernsOf('Marta Ruiz attempted to end the friendship.')).toEqual([]);
    shouldExtract('Chile fought the war for six years.', [], ['Chile -concernedAbout-> war']);
  });
});

describe('judgements by "dismissed … as" and the newer words of judgement', () => {
  it.each([
    ['Olaf Berg dismissed the harbour levy as a gimmick.', ['Olaf Berg -opposes-> harbour levy']],
    ['Marta Ruiz said the parking charges were draconian.', ['Marta Ruiz -opposes-> parking charges']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('reads no stance into a dismissal with no judgement', () => {
    expect(concernsOf('Olaf Berg dismissed the harbour workers on Monday.')).toEqual([]);
  });
});

describe('who a judged problem threatens', () => {
  it('makes the country a threat is "to" involved in the concern', () => {
    shouldExtract('Olaf Berg said illegal fishing was a grave threat to Chile.', ['illegal fishing -involves-> Chile']);
    shouldExtract('The illegal fishing of sharks remains the biggest problem facing Peru, Marta Ruiz said.', ['Marta Ruiz -concernedAbout-> illegal fishing of sharks', 'illegal fishing of sharks -involves-> Peru']);
  });
});

describe('a measure or a protest taken over an issue', () => {
  it.each([
    ['Norway imposed sanctions on Peru over the arrest of its fishermen.', ['Norway -opposes-> arrest of its fishermen', 'arrest of its fishermen -involves-> Peru']],
    ['Chile recalled its ambassador over the seizure of a trawler.', ['Chile -opposes-> seizure of a trawler']],
  ])('%j', (text, expected) => shouldExtract(text, expected));

  it('reads no issue into time, a place or a verb with no object before "over"', () => {
    expect(concernsOf('Chile imposed a curfew over the weekend.')).toEqual([]);
    expect(concernsOf('Olaf Berg walked home with a coat over shoulder.')).toEqual([]);
    expect(concernsOf('The lake froze over the winter of the drought.')).toEqual([]);
    expect(concernsOf('Chile recalled its ambassador over the affair.')).toEqual([]);
  });
});

describe('a worry held in a country named after it', () => {
  it('gives "there is unease in X about Y" to X', () => {
    shouldExtract('There has been deep unease in Chile about the new copper levy.', ['Chile -concernedAbout-> new copper levy']);
    shouldExtract('There is growing disquiet in Peru over fishing quotas.', ['Peru -concernedAbout-> fishing quotas']);
  });
});

describe('objects that name no issue', () => {
  it('takes no door slammed, no proposition rejected and no adjective "opposed" for a stance', () => {
    expect(concernsOf('Marta Ruiz slammed the door.')).toEqual([]);
    expect(concernsOf('Olaf Berg rejected the proposition that rents should rise.')).toEqual([]);
    expect(concernsOf('Olaf Berg said the world was caught between two diametrically opposed beliefs.')).toEqual([]);
  });
});
