// Bodies whose names look like people's: the words that show them to be bodies (sentences written for
// these tests, after BBC-style stories in which campaign groups and firms were read as people).

import { entitiesOf, resolveTexts, shouldExtract } from '../_helpers';

describe('a body by the words around its name', () => {
  it.each([
    // "X's UK executive director, NAME": a country between the possessive and a firm's office (rule possessive-org)
    ["Lumbra's UK executive director, Ana Rusk, said the talks had failed.", ['Lumbra [Organization]', 'Ana Rusk -affiliatedWith-> Lumbra'], ['Lumbra [Person]']],
    // "Dravo Steel's European chief executive": a name ending in a trade word before a firm's office (rule firm-possessive)
    ["Dravo Steel's European chief executive, Karl Benn, said the cuts were painful.", ['Dravo Steel [Organization]', 'Karl Benn -affiliatedWith-> Dravo Steel'], ['Dravo Steel [Person]']],
    // "… Steel's plants": a firm's possessions after the possessive
    ["Dravo Steel's plants in the north will close, the firm said.", ['Dravo Steel [Organization]'], ['Dravo Steel [Person]']],
    // a capitalised "All" inside a sentence opens a body's name
    ["Kora's ruling All Workers Congress won the vote.", ['All Workers Congress [Organization]'], ['Workers Congress [Organization]']],
    // a name ending in "International" (rule body-last-word), but not an airport's
    ['Carrow International said torture was still widespread.', ['Carrow International [Organization]'], ['Carrow International [Person]']],
    ['The army closed Brenna International Airport on Monday.', [], ['Brenna International [Organization]']],
    // a football club's last word (rule body-last-word): "Rovers", "Town"
    ['Dunmore Rovers have sacked their manager after a run of defeats.', ['Dunmore Rovers [Organization]'], ['Dunmore Rovers [Person]']],
    ['Pellow Town were fined for fielding an ineligible player.', ['Pellow Town [Organization]'], ['Pellow Town [Person]']],
    // a club's two-word name goes by either word afterwards: "Rovers", "Dunmore"
    ['Dunmore Rovers have sacked their manager. Rovers finished fifth. Dunmore chairman Tom Vask said sorry.', ['Tom Vask -affiliatedWith-> Dunmore Rovers'], ['Rovers [Organization]', 'Dunmore [Organization]']],
    // …and a club the plural verb showed to be one, by its first word
    ['Pellow Castle have sacked their manager. But Pellow have won once since. Chairman Tom Vask said sorry.', ['Tom Vask -affiliatedWith-> Pellow Castle'], ['Pellow [Person]']],
    // …and a firm's ending in such a word, named after its kind: "media group Velko Media" … "Velko"
    ['The studio is owned by the media group Velko Media. Velko chief executive Tom Vask said sorry.', ['Tom Vask -affiliatedWith-> Velko Media'], ['Velko [Organization]']],
    // an acronym that spells a body the story names in full is that body, not the gazetteer's
    ['The International Curling Council met in Oslo. ICC chief executive Ana Rusk said the rules would change.', ['Ana Rusk -affiliatedWith-> International Curling Council'], ['International Criminal Court [Organization]']],
    // a title's word that begins a body's name is no title: "Premier League", "General Motors"
    ['Dunmore Rovers finished eighth in the Premier League, and General Motors sponsors them.', ['Premier League [Organization]', 'General Motors [Organization]']],
    // a work's title after its kind is no one's name
    ['Their single Paper Boats topped the charts, and the drama Blue Hour won a prize.', [], ['Paper Boats [Person]', 'Blue Hour [Person]']],
    // …and an entertainment firm's: "Pictures", "Records"
    ['Quarry Pictures and Brisk Records agreed to share the soundtrack rights.', ['Quarry Pictures [Organization]', 'Brisk Records [Organization]'], ['Quarry Pictures [Person]', 'Brisk Records [Person]']],
    // "Watch" after a name's first word heads a body; a page's "Watch Live" link is none
    ['Fenwick Watch UK, which campaigns for lower taxes, said the figures were bad.', ['Fenwick Watch UK [Organization]']],
    ['Watch Live: the minister speaks on Monday.', [], ['Watch Live [Organization]']],
    // "the X union": a name no gazetteer knows (here a head word alone, no name by itself) before a lower-case body noun (rule name-body-noun), and "Its ROLE, NAME" after it
    ['The Network union, which represents most dockers, said the news was bad. Its general secretary, Ana Rusk, called for action.', ['Network [Organization]', 'Ana Rusk -affiliatedWith-> Network']],
    ['The French union said nothing.', [], ['French [Organization]']],
    // …and "Its ROLE, the NOUN NAME": a noun of calling between the comma and the name
    ['The Tovan movement, which won most seats, called for protests. Its leader, the cleric Ana Rusk, rejected the plan.', ['Ana Rusk -affiliatedWith-> Tovan']],
    // a country and one trade word (rule country-trade-name)
    ["Norway Steel, the industry's trade body, said prices had hurt plants. Its director, Tom Vask, said the sector faced a crisis.", ['Norway Steel [Organization]', 'Tom Vask -affiliatedWith-> Norway Steel'], ['Tom Vask -affiliatedWith-> Norway']],
    // "Its ROLE, NAME" after a body whose name holds a verb-like word ("Watch")
    ['Kora Watch, which campaigns for lower taxes, said the figures were sad. Its chairman, Sir Tom Vask, called for cuts.', ['Tom Vask -affiliatedWith-> Kora Watch']],
    // "NAME, BODY's European chief executive,": a region qualifying the office (rule apposition-body-role)
    ["Karl Benn, Orvik Group's European chief executive, said the cuts were painful.", ['Karl Benn -affiliatedWith-> Orvik Group']],
    // "the <adjective> <noun>'s ROLE, NAME": a description with an adjective stands for the body named before (04-org-descriptions.ts)
    ["Tolmar said the Reserve Bank of Kora held the funds. The central bank's governor, Ana Rusk, said prices fell.", ['Ana Rusk -affiliatedWith-> Reserve Bank of Kora']],
    // …and "the forum" for a forum named before
    ['The Lowmoor Civil Society Forum met. "It is bad," said the forum\'s coordinator, Ana Rusk.', ['Ana Rusk -affiliatedWith-> Lowmoor Civil Society Forum']],
    // "Confederation" heads a body's name
    ['The Confederation of Lowmoor Traders warned against new curbs.', ['Confederation of Lowmoor Traders [Organization]']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected as string[], forbidden as string[]));
});

describe('a paper named after a press role', () => {
  it.each([
    // a press role, "for the", the paper's title, a town in it (rule press-role-paper)
    ['Liston is Ida Pratt, baseball writer for the Brightwater Ledger, who quoted him.', ['Brightwater Ledger [Organization]', 'Ida Pratt -affiliatedWith-> Brightwater Ledger']],
    // …a press role as the title before the name, then "of the" and the paper
    ['At the station, Writer Ida Pratt of the Brightwater Ledger went to see him.', ['Brightwater Ledger [Organization]', 'Ida Pratt -affiliatedWith-> Brightwater Ledger']],
    // …"of the" and a hyphenated title
    ['They were introduced by Ida Pratt, sports editor of the Velt-Courier.', ['Velt-Courier [Organization]', 'Ida Pratt -affiliatedWith-> Velt-Courier']],
    // …which "the group" in the next sentence does not stand for (04-org-descriptions.ts)
    ['They were introduced by Ida Pratt, sports editor of the Velt-Courier. Tom Vale, the only junior in the group, was praised.', ['Velt-Courier [Organization]'], ['Tom Vale -affiliatedWith-> Velt-Courier']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('a one-word body across documents', () => {
  it('reads a bare one-word name as the body another story shows it to be', () => {
    const r = resolveTexts(["Lumbra's executive director, Ana Rusk, said the talks had failed.", 'Lumbra said the deal was a bad bargain.']);
    expect(entitiesOf(r)).toContain('Lumbra [Organization]');
    expect(entitiesOf(r)).not.toContain('Lumbra [Person]');
  });

  it('leaves a surname of someone named in full a person', () => {
    const r = resolveTexts(['Tom Vask said the deal was fair.', "Vask's chief executive, Ana Rusk, left.", 'Vask said the deal was a bad bargain.']);
    expect(entitiesOf(r)).toContain('Tom Vask [Person]');
  });
});

describe('a month that is a surname', () => {
  it.each([
    // after a given name, and after an honorific ("Mrs May")
    ['Health Secretary Ana May said the rules were fair. Mrs May left.', ['Ana May [Person]'], ['Ana [Person]']],
    // a date is no name: a day or year after the month, or no name before it
    ['Ana Holt said in May 2010 the rate fell. Prices rose in May.', ['Ana Holt [Person]'], ['May [Person]', 'Ana Holt May [Person]']],
    // a month's short form that is a given name too, before a name; not before a day
    ['Trade Commissioner Jan Holt said the tariff was unfair. Sales fell on Jan 5.', ['Jan Holt [Person]'], ['Trade Commissioner [Person]', 'Holt [Person]']],
  ])('%j', (text, expected, forbidden) => {
    const got = entitiesOf(resolveTexts([text]));
    for (const e of expected) expect(got).toContain(e);
    for (const f of forbidden) expect(got).not.toContain(f);
  });
});

describe('an office title of several words', () => {
  it('reads "Chief Medical Officer" as one title, no person "Medical Officer"', () => {
    const got = entitiesOf(resolveTexts(["Norway's Chief Medical Officer, Dr Ana Rusk, said people should not panic."]));
    expect(got).toContain('Ana Rusk [Person]');
    expect(got).not.toContain('Medical Officer [Person]');
  });
});
