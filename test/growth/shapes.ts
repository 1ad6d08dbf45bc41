/**
 * Article shapes that once made the analysis super-linear (issue 14, item 3),
 * and others of the same families: one long sentence, many quotes, many
 * numbers, long chains of names, transcripts, dash signatures, nested lists
 * and block quotes, tables. Each builds an article of about `bytes` UTF-16 units.
 */
export type Shape = (bytes: number) => string;

/**
 * The most 4x the text may cost, as a multiple of the time. Linear work gives
 * about 4 (measured 2.3 to 5.0 at 100 KB → 400 KB, `npm run bench`-quiet), a
 * quadratic path about 16. The limit is 6, not 5, because garbage collection
 * on a shared 2-core machine can push a linear shape past 5 in one run; it
 * still fails every quadratic path.
 */
export const GROWTH_LIMIT = 6;

const repeat = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

export const GROWTH_SHAPES: Record<string, Shape> = {
  'one long sentence of "Name said N people died, "': (b) => repeat('Ana Ruiz said 6 people died, ', b) + 'officials said.',
  'paragraphs of “We will rebuild,” he said.': (b) => repeat('“We will rebuild,” he said.\n\n', b),
  'one paragraph of quotes and cues': (b) => repeat('“We will rebuild,” he said. ', b),
  'a chain of "officials, said"': (b) => repeat('officials, said ', b),
  'numbers in one paragraph': (b) => repeat('12 boats, 4.5 percent, $3 million and 40 people, ', b),
  'single quotes inside single quotes': (b) => repeat('‘a ‘b’ c’ ', b),
  'single and double quotes crossing': (b) => repeat('‘a “b’ c” ', b),
  'many names': (b) => repeat('Mayor Ilse Varga, Senator Tomas Berg and Judge Ana Ruiz ', b) + 'said so.',
  'a transcript': (b) => repeat('HOST: What happened?\n\nVARGA: The levee broke, and 40 homes flooded.\n\n', b),
  'dash signatures': (b) => repeat('“Great show.” ― Ana Ruiz\n\n', b),
  'nested lists and block quotes': (b) => repeat('> - “It held,” said the engineer, 12 times.\n>   - 40 people, according to the council\n', b),
  'a table': (b) => '| Town | Dead |\n| --- | --- |\n' + repeat('| Sella | 38 |\n', b),
  'according to, over and over': (b) => repeat('According to the council, 38 died, according to the Red Cross, 140. ', b),
  'subjects with complements': (b) => repeat('A 2019 report by the Center for River and Delta Studies found that ', b) + '5 died.',
};
