// A generated news corpus for the scale tests: short articles made from templates with a seeded
// generator, so every run writes the same files. Never a test itself.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { seededRandom } from '../../src/layout';

const PEOPLE = ['Jacinda Ardern', 'Fumio Kishida', 'Anthony Albanese', 'Penny Wong', 'Winston Peters', 'Manasseh Sogavare', 'Wang Yi', 'Antony Blinken', 'Chris Hipkins', 'Mark Rutte'];
const COUNTRIES = ['New Zealand', 'Japan', 'Australia', 'China', 'the Solomon Islands', 'the United States', 'France', 'Fiji', 'Tonga', 'Indonesia'];
const CITIES = ['Tokyo', 'Wellington', 'Canberra', 'Honiara', 'Beijing', 'Paris', 'Suva', 'Jakarta'];
const ORGS = ['NATO', 'the Pacific Islands Forum', 'the United Nations', 'ASEAN', 'the World Bank'];
const SENTENCES: Array<(p: (list: string[]) => string) => string> = [
  (p) => `${p(PEOPLE)} met ${p(PEOPLE)} in ${p(CITIES)} on Monday.`,
  (p) => `${p(PEOPLE)} visited ${p(COUNTRIES)} last week for talks on trade.`,
  (p) => `Officials from ${p(COUNTRIES)} said ${p(ORGS)} would meet again in ${p(CITIES)}.`,
  (p) => `${p(PEOPLE)}'s government expressed concern about the militarisation of the Pacific.`,
  (p) => `The King's Wharf in ${p(CITIES)} was closed, and the ministry's staff wasn't told why.`,
  (p) => `"We oppose the security agreement," ${p(PEOPLE)} told reporters in ${p(CITIES)}.`,
  (p) => `${p(COUNTRIES)} is a member of ${p(ORGS)}, ${p(PEOPLE)} noted 🙂 before flying to ${p(CITIES)}.`,
  (p) => `Frambesia, the king's evil and other Quixotic worries were not on the agenda of ${p(ORGS)}.`,
];

const made: string[] = [];

/** Removes every folder made by writeCorpus (call in afterAll). */
export function removeCorpora(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A new temporary folder, removed by removeCorpora. */
export function tempFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-corpus-'));
  made.push(dir);
  return dir;
}

/** Writes `count` articles into a new temporary folder and returns its path. */
export function writeCorpus(count: number, seed = 1): string {
  const dir = tempFolder();
  const random = seededRandom(seed);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    const n = 2 + Math.floor(random() * 4);
    for (let k = 0; k < n; k++) paragraphs.push(SENTENCES[Math.floor(random() * SENTENCES.length)](pick));
    fs.writeFileSync(path.join(dir, `article-${String(i).padStart(4, '0')}.txt`), `Headline number ${i}\n\n${paragraphs.join('\n\n')}\n`);
  }
  return dir;
}
