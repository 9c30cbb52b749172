// The story's home country and the national offices that take it (05-relations/home-country.ts), on
// stories written for these tests.

import { resolveTexts, triplesOf } from '../_helpers';

const triples = (story: string) => triplesOf(resolveTexts([story]));

describe('home country', () => {
  it('gives an office only one country has that country, whatever the story is about (rule office-of-one-country)', () => {
    const story = 'Norway raises fuel duty\n\nNorway will raise fuel duty. Norway is firm. Congressman Ted Lund objected. The United States said nothing.';
    const got = triples(story);
    expect(got).toContain('Ted Lund -affiliatedWith-> United States');
    expect(got).not.toContain('Ted Lund -affiliatedWith-> Norway');
  });

  it('gives a national office the one country its sentence names, when no one else is named there (rule sentence-country-title)', () => {
    const story = 'Talks in Oslo\n\nThe United States sent envoys. The Chilean government plea for help was made by Foreign Minister Ola Dahl.';
    expect(triples(story)).toContain('Ola Dahl -affiliatedWith-> Chile');
    // (Not a country after a preposition, where arms or people go.)
    const away = 'Talks in Oslo\n\nThe United States sent envoys. Arms shipped to Chile worried Foreign Minister Ola Dahl.';
    expect(triples(away)).not.toContain('Ola Dahl -affiliatedWith-> Chile');
  });

  it('gives a national office with no country of its own the country the story is about (rule home-country-title)', () => {
    const story = 'Norway raises fuel duty\n\nNorway will raise fuel duty next year. Norwegian drivers face higher costs. Finance Minister Ola Dahl said the rise was needed.';
    expect(triples(story)).toContain('Ola Dahl -affiliatedWith-> Norway');
  });

  it('gives no home office to a visitor of the home country or one of its cities', () => {
    const story = 'Prime Minister Ana Ruiz arrived in Oslo on Tuesday for a three-day visit. During her trip to Norway, she held talks with her Norwegian counterpart. Norway wants closer ties.';
    const got = triples(story);
    expect(got).toContain('Ana Ruiz -visited-> Oslo');
    expect(got).not.toContain('Ana Ruiz -affiliatedWith-> Norway');
  });

  it('lets a home office pass a nationality that describes a thing, not an office', () => {
    const story = 'Norway levy plan\n\nNorway will raise the levy next year. Norwegian drivers face higher costs. Finance Minister Ola Dahl, who visited Stockholm, has encouraged Swedish investment in Norwegian ports.';
    expect(triples(story)).toContain('Ola Dahl -affiliatedWith-> Norway');
    // (A nationality before an office still blocks: the office may be that country's.)
    expect(triples(story.replace('Swedish investment in Norwegian ports', 'the Swedish minister to invest'))).not.toContain('Ola Dahl -affiliatedWith-> Norway');
  });

  it("lets a home office pass a foreign country that only qualifies the next person's title", () => {
    const story = 'Norway levy talks\n\nNorway will raise the levy next year. Norwegian drivers face higher costs. Prime Minister Ola Dahl and the Swedish president, Ted Lund, met the leaders in Oslo.';
    const got = triples(story);
    expect(got).toContain('Ola Dahl -affiliatedWith-> Norway');
    expect(got).toContain('Ted Lund -affiliatedWith-> Sweden');
    // A foreign title with no name after it may still be the first person's.
    expect(triples(story.replace('the Swedish president, Ted Lund,', 'the Swedish envoy'))).not.toContain('Ola Dahl -affiliatedWith-> Norway');
  });

  it('takes the dateline\'s country as home when two countries are named alike, and reads a country coordinated with it as no title\'s', () => {
    const story = 'Peru, Chile sign trade pact\n\nLIMA: Peru and Chile on Friday signed a trade pact during a summit between Prime Minister Ola Dahl and Ted Lund. Peru will cut duties. Chile will cut duties too. Trade Minister Ana Berg and Chile\'s Minister of State for Foreign Trade, Luis Vera, signed it.';
    const got = triples(story);
    expect(got).toContain('Ola Dahl -affiliatedWith-> Peru');
    expect(got).toContain('Ana Berg -affiliatedWith-> Peru');
    expect(got).not.toContain('Ola Dahl -affiliatedWith-> Chile');
    // (Datelined in the other country's capital, the story is that country's.)
    expect(triples(story.replace('LIMA: ', 'SANTIAGO: '))).not.toContain('Ola Dahl -affiliatedWith-> Peru');
  });

  it('gives an office after a preposition, with a person named before it in the sentence, to no one (rule home-country-role-ref)', () => {
    const story = "Norway's new levy\n\nNorway will raise the levy. Norway is firm. Norway agreed. The Kora Times's political editor, Ana Rusk, who travelled with the prime minister, said the plan was a gamble.";
    expect(triples(story)).not.toContain('Ana Rusk -affiliatedWith-> Norway');
  });

  it('takes no home from a country first named in the second half of the story', () => {
    const story = 'MPs want a levy on sweets\n\nA levy on sweets should come in, a committee of MPs said. The committee said obesity was rising. Its chairman, Ana Tull, said the costs were huge. Health Secretary Ola Dahl said he would study the plan. Doctors backed the call. Makers of sweets were against it. Similar levies exist in Norway. In Norway, sales fell after the levy came in.';
    expect(triples(story)).not.toContain('Ola Dahl -affiliatedWith-> Norway');
  });

  it('counts a nationality adjective for half a country noun when finding the home country', () => {
    const story = 'Go-ahead for the Varrow plant\n\nThe government agreed a deal with the Swedish firm Orvik to build Norway\'s first new dam. The dam will be built with two Finnish firms, Lappa and Kemi. Energy Secretary Ola Dahl said the deal was good for Norway. The plant will supply Norway\'s homes. Finnish banks will lend to it.';
    expect(triples(story)).toContain('Ola Dahl -affiliatedWith-> Norway');
  });

  it("does not count a country that qualifies someone's title towards home", () => {
    const story = 'Talks on the levy\n\nNorway and Sweden talked about the levy in Oslo. Swedish Prime Minister Ted Lund, Swedish Foreign Minister Ann Berg and Swedish Trade Minister Eva Holm attended. Norway said the talks went well. Finance Minister Ola Dahl said the levy would stay.';
    expect(triples(story)).toContain('Ola Dahl -affiliatedWith-> Norway');
  });

  it("leaves a bare office alone in a story that names the home country's own officials by it (written from abroad)", () => {
    const story = "Iceland agrees a deal\n\nIceland and six powers agreed a deal in Geneva. Iceland will limit its whaling. Iceland's foreign minister, Ana Ruiz, met the powers. Foreign Secretary Ted Lund said the talks were hard. Iceland's President Luis Vera said the deal was fair. Iceland will get relief.";
    const got = triples(story);
    expect(got).toContain('Ana Ruiz -affiliatedWith-> Iceland');
    expect(got).not.toContain('Ted Lund -affiliatedWith-> Iceland');
  });

  it('reads a cabinet portfolio before "Secretary" or "Minister" as a national office', () => {
    const story = 'Norway raises fuel duty\n\nNorway will raise fuel duty next year. Norwegian drivers face higher costs. Transport Secretary Ola Dahl said the rise was needed.';
    expect(triples(story)).toContain('Ola Dahl -affiliatedWith-> Norway');
  });

  it("takes the country whose own institutions the story names, though another is named more (rule home-country-institutions)", () => {
    const story = 'Levy vote split\n\nPeru and Chile will discuss the levy. Peru wants it, Chile does not, and Peruvian exporters agree. Britain is wary. MPs in the House of Commons backed it and Downing Street welcomed it. Home Secretary Ola Dahl said the vote was fair.';
    const got = triples(story);
    expect(got).toContain('Ola Dahl -affiliatedWith-> United Kingdom');
    expect(got).not.toContain('Ola Dahl -affiliatedWith-> Peru');
  });

  it("gives no country when one institution of an unnamed country speaks against the counts", () => {
    const story = 'Levy vote split\n\nPeru and Chile will discuss the levy. Peru wants it, Chile does not, and Peruvian exporters agree. Downing Street welcomed it. Home Secretary Ola Dahl said the vote was fair.';
    expect(triples(story)).not.toContain('Ola Dahl -affiliatedWith-> Peru');
  });

  it("reads a junior office 'to the' department it serves, and the Treasury's secretaries, as national offices", () => {
    const story = 'Norway raises fuel duty\n\nNorway will raise fuel duty next year. Norwegian drivers face higher costs. Economic Secretary to the Treasury Ola Dahl said the rise was needed. Chief Secretary Per Lund agreed.';
    const got = triples(story);
    expect(got).toContain('Ola Dahl -affiliatedWith-> Norway');
    expect(got).toContain('Per Lund -affiliatedWith-> Norway');
  });

  it("gives a taoiseach Ireland (rule office-of-one-country) and keeps the home country from the premier beside him", () => {
    const story = 'Border talks\n\nIreland and Britain met. Irish farmers and Irish hauliers worry. Prime Minister Ola Dahl and the Irish Taoiseach, Sean Lund, met in Cork. Britain is wary.';
    const got = triples(story);
    expect(got).toContain('Sean Lund -affiliatedWith-> Ireland');
    expect(got).not.toContain('Ola Dahl -affiliatedWith-> Ireland');
  });

  it('takes a country the story names once when one of its institutions speaks, and a visited country qualifies no title', () => {
    const story = 'Chancellor tours Peru\n\nChancellor Ola Dahl has visited Peru\'s biggest mine as he opened a week-long visit to South America. Peruvian officials were pleased. The UK wants to help, Dahl said. Tory leader Sam Lund said little.';
    expect(triples(story)).toContain('Ola Dahl -affiliatedWith-> United Kingdom');
  });

  it('gives the person opening a sentence the home country when the one before opened with a national office and no name (rule home-role-then-name)', () => {
    const story = 'Norway raises fuel duty\n\nNorway will raise fuel duty next year. Norwegian drivers face higher costs. The Lord Chancellor has defended the plans. Lord Ulf Dahl insists they are fair.';
    expect(triples(story)).toContain('Ulf Dahl -affiliatedWith-> Norway');
  });

  it("gives Westminster's secretary for a nation the UK, not the story's home by counts (rule office-of-one-country)", () => {
    const story = 'Border talks\n\nIreland and Britain met. Irish farmers and Irish hauliers worry about Ireland. Northern Ireland Secretary Sam Lund said talks would go on.';
    const got = triples(story);
    expect(got).toContain('Sam Lund -affiliatedWith-> United Kingdom');
    expect(got).not.toContain('Sam Lund -affiliatedWith-> Ireland');
  });

  it('gives "the <national office>, <name>" the home country, and not when another country qualifies it (rule home-role-apposition)', () => {
    const story = 'Norway raises fuel duty\n\nNorway will raise fuel duty next year. Norwegian drivers face higher costs. The interim president, Ulf Berg, said the rise was needed. Later the Swedish president, Eva Holm, spoke.';
    const got = triples(story);
    expect(got).toContain('Ulf Berg -affiliatedWith-> Norway');
    expect(got).not.toContain('Eva Holm -affiliatedWith-> Norway');
  });

  it("gives a British cabinet office the UK in a story whose home by counts is another country (rule office-of-one-country)", () => {
    const story = 'Peru firm bids for Acme\n\nPeru\'s Zenco has bid for the British firm Acme. Peru is its home and Peru backs it. Business Secretary Sam Lund said the UK would watch closely.';
    const got = triples(story);
    expect(got).toContain('Sam Lund -affiliatedWith-> United Kingdom');
    expect(got).not.toContain('Sam Lund -affiliatedWith-> Peru');
  });

  it("gives a national office the government of a country whose institutions the story names but never the country (rules home-government, home-government-title)", () => {
    const story = 'Levy backed\n\nMPs in the Commons backed the levy on Monday. Downing Street said the government was pleased. Transport Secretary Ola Dahl said it was fair.';
    const got = triples(story);
    expect(got).toContain('Ola Dahl -affiliatedWith-> British government');
  });

  it("does so too when another country is named, but not in the minister's sentence", () => {
    const story = 'Levy backed\n\nMPs in the Commons backed the levy. A US firm objected. Downing Street said the government was pleased. Transport Secretary Ola Dahl said it was fair. Home Secretary Sam Lund said Peru agreed.';
    const got = triples(story);
    expect(got).toContain('Ola Dahl -affiliatedWith-> British government');
    expect(got.filter((t) => t.startsWith('Sam Lund -affiliatedWith->'))).toEqual([]);
  });

  it("takes the dateline's country over an institution another country also has (a Congress)", () => {
    // (Without the dateline's say, "Congress" made this a US story: "American government", no home.)
    const story = 'Pension bill protest\n\nLIMA - Crowds marched to Congress against a pension bill. Peru faces a fiscal gap. Labour Minister Rosa Quito said the government would not yield. Officials in Peru agreed.';
    const got = triples(story);
    expect(got).toContain('Rosa Quito -affiliatedWith-> Peru');
    expect(got.filter((t) => t.includes('American government'))).toEqual([]);
  });

  it('does not when the sentence names another country', () => {
    const story = 'Norway raises fuel duty\n\nNorway will raise fuel duty next year. Norwegian drivers face higher costs. Finance Minister Ola Dahl said Sweden agreed.';
    expect(triples(story)).not.toContain('Ola Dahl -affiliatedWith-> Norway');
  });

  it("does not when the story's country qualifies someone else in the sentence", () => {
    const story = 'Norway and Chile talk\n\nNorway hosted talks on fishing. Norway wants quotas. Prime Minister Ana Vidal met her Norwegian counterpart on Monday.';
    expect(triples(story)).not.toContain('Ana Vidal -affiliatedWith-> Norway');
  });

  it('takes no home country when two countries lead the story equally', () => {
    const story = 'Norway and Chile sign deal\n\nNorway and Chile signed a fishing deal. Prime Minister Ana Vidal said it was fair.';
    expect(triples(story).filter((t) => t.startsWith('Ana Vidal -affiliatedWith->'))).toEqual([]);
  });

  it('joins "the foreign secretary" to the person just named, with the home country (rule home-country-role-ref)', () => {
    const story = 'Norway firm on quotas\n\nNorway will not change its fishing quotas, Lars Berge said. The foreign secretary told MPs the quotas were fair. Norwegian boats fish there.';
    expect(triples(story)).toContain('Lars Berge -affiliatedWith-> Norway');
  });

  it('does not join an office to a person the story gives another office', () => {
    const story = 'Norway firm on quotas\n\nNorway will not change its fishing quotas, press secretary Lars Berge said. The president wants calm. Norwegian boats fish there.';
    expect(triples(story)).not.toContain('Lars Berge -affiliatedWith-> Norway');
  });
});

describe('an office named before its holder', () => {
  it("gives the person who opens the next sentence the office's country (rule role-then-name)", () => {
    const story = "Chile's High Commissioner to Britain said the visit went well. Dr Rosa Lagos said trade would grow.";
    expect(triples(story)).toContain('Rosa Lagos -affiliatedWith-> Chile');
  });

  it('does not when the office sentence names a person itself', () => {
    const story = "Chile's High Commissioner to Britain said Juan Perez was wrong. Dr Rosa Lagos said trade would grow.";
    expect(triples(story)).not.toContain('Rosa Lagos -affiliatedWith-> Chile');
  });
});
