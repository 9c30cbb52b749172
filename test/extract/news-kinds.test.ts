// Constructions of kinds of news the development corpora lack (elections, courts, sport, firms,
// web copy), found by writing such articles and reading the graph; sentences written for these tests.

import { shouldExtract } from '../_helpers';

describe('a sentence that opens with the role of the body named just before', () => {
  it.each([
    // "The company's ROLE, NAME,": the only body of the sentence before (rule opening-role-apposition)
    ['Prosecutors said the money came from Quillmore Logistics, a firm based in Darnby. The company\'s managing director, Orin Stalk, was also convicted.', ['Orin Stalk -affiliatedWith-> Quillmore Logistics']],
    // "Their ROLE, NAME,": the subject of the sentence before, a party named by its plural label after "the"
    ['The Greens came third in Harlow. Their leader, Ada Pruitt, said the party had grown.', ['Green Party [Organization]', 'Ada Pruitt -affiliatedWith-> Green Party']],
    // no body in the sentence before: no affiliation
    ['The storm hit Darnby on Monday. The company\'s founder, Orin Stalk, said the plant was safe.', [], ['Orin Stalk -affiliatedWith-> Darnby']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('bodies and people by the words around them', () => {
  it.each([
    // "the Liberal Democrats", "the Tories": a plural party label after the article is the party
    ['Turnout fell, and the Liberal Democrats lost two seats to the Tories.', ['Liberal Democrats [Organization]', 'Conservative Party [Organization]']],
    // a trade word ends a firm's name
    ['A drone built by Valtrex Aerospace crashed near Darnby on Monday.', ['Valtrex Aerospace [Organization]'], ['Valtrex Aerospace [Person]']],
    // a player's position before the name is a title, not a first name
    ['Midfielder Tobin Rask was sent off late in the game.', ['Tobin Rask [Person]'], ['Midfielder Tobin Rask [Person]']],
    // a sentence-initial plural of a role or group noun is nobody
    ['Prosecutors said Dalia Fenn had lied to the bank.', ['Dalia Fenn [Person]'], ['Prosecutors [Person]']],
    ['Witnesses said the car was red.', [], ['Witnesses [Person]']],
    // a body named before a body noun goes by its word alone, even a verb's opening a sentence before a possessive (rule org-discourse)
    ["The Unite union said jobs were at risk. Unite's regional officer, Dalia Fenn, said the plant must stay open.", ['Dalia Fenn -affiliatedWith-> Unite']],
    // a picture credit of web copy names no one in the story
    ['Photo: Brindle Images\n\nA fire destroyed a warehouse in Darnby on Sunday.', [], ['Brindle Images [Person]']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('sport, science and elections', () => {
  it.each([
    // the sides of a scored result are clubs (rule match-side), and a club goes by its last word after
    ['Harwick Rovers beat Darnby City 2-1 on Saturday. Rovers manager Ivo Sand was pleased.', ['Harwick Rovers [Organization]', 'Darnby City [Organization]', 'Ivo Sand -affiliatedWith-> Harwick Rovers'], ['Harwick Rovers [Person]', 'Rovers [Organization]']],
    // a team named by its town and plural goes by the plural, possessive or not (rule place-team, org-discourse)
    ["Ivo Sand, the Denver Ravens' star, was hurt. Ola Berg of the Ravens scored twice.", ['Denver Ravens [Organization]', 'Ola Berg -affiliatedWith-> Denver Ravens'], ['York Ravens [Person]', 'Ravens [Person]']],
    // …but not a plural two teams share
    ['The Denver Red Sox beat the Dallas White Sox. The Sox were tired.', ['Denver Red Sox [Organization]', 'Dallas White Sox [Organization]'], ['Sox [Organization]']],
    // older copy sets the score off with a comma
    ['The Wildcats beat Orlen Tech, 5-1, at home.', ['Orlen Tech [Organization]'], ['Orlen Tech [Person]']],
    // "who signed for", "joined": the person's club or firm (rule joined-body)
    ['Tobin Rask, who signed for Harwick FC in January, scored twice.', ['Tobin Rask -affiliatedWith-> Harwick FC']],
    ['Dalia Fenn joined Quillmore Logistics in 2019.', ['Dalia Fenn -affiliatedWith-> Quillmore Logistics']],
    // a title after "published in" is a journal, not a place (rule journal-title)
    ['The study, published in Veritas on Monday, was led by Dalia Fenn.', ['Veritas [Organization]'], ['Veritas [Place]']],
    // a party adjective, its role and a comma before the name (rule body-role-comma-person)
    ['She defeated the Conservative candidate, Orin Stalk, by 400 votes.', ['Conservative Party [Organization]', 'Orin Stalk -affiliatedWith-> Conservative Party']],
    // a two-word party before a politician's role and a name
    ['Plaid Harlow leader Ada Pruitt called for a vote.', ['Plaid Harlow [Organization]', 'Ada Pruitt -affiliatedWith-> Plaid Harlow'], ['Plaid Harlow [Person]']],
    // ... but not a department before a firm's role
    ['Public Relations director Ivo Sand resigned.', [], ['Public Relations [Organization]']],
    // the chamber before its officer's title, with no article
    ['Senate Majority Leader Ada Pruitt visited Darnby.', ['Ada Pruitt -affiliatedWith-> Senate'], ['Senate Majority [Organization]']],
    // a Nordic surname in -qvist is no abstract noun
    ['The winner was scored by Tomas Brandqvist.', ['Tomas Brandqvist [Person]']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('web brands, agencies and society pages', () => {
  it.each([
    // one word with a capital inside is a brand (rule camel-case-brand), but not a Mac- or Van- surname
    ['ZipTube said it had removed the videos. The claim was made by Ruth MacAllan.', ['ZipTube [Organization]', 'Ruth MacAllan [Person]'], ['ZipTube [Person]']],
    // an adjective before "and" cannot end a body's name: the name runs on to the head
    ['The National Coastal and Fisheries Administration issued a warning.', ['National Coastal and Fisheries Administration [Organization]'], ['Fisheries Administration [Organization]']],
    // "Its ROLE, NAME,": the body named last before the verb of the sentence before
    ["The UN children's agency Kidfund said 12 were hurt. Its regional director, Ada Pruitt, called for calm.", ['Ada Pruitt -affiliatedWith-> Kidfund']],
    // "BODY, led by (TITLE) NAME,": the body's leader (rule led-by-person)
    ['The Harlow Liberation Front, led by General Orin Stalk, attacked the camp.', ['Orin Stalk -affiliatedWith-> Harlow Liberation Front']],
    // "PLURALS Without NOUN" names a body, at the start of a sentence too
    ['Plumbers Without Frontiers said its clinic in Darnby had treated dozens.', ['Plumbers Without Frontiers [Organization]'], ['Frontiers [Person]']],
    // a society page's club
    ['Tea was served by members of the Harlow Garden Auxiliary.', ['Harlow Garden Auxiliary [Organization]']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});
