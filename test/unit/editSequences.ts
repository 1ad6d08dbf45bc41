/**
 * Articles and random edits for the tests that check what an edit gives
 * against a full analysis (the incremental analyzer, the analysis deltas).
 */
import fc from 'fast-check';

export const NEWS = `# Dam Repairs Stall as Costs Rise

The regional council said on Monday that repairs to the Orlen dam would cost about $42 million, nearly twice the 2023 estimate.

“We cannot keep patching it,” said Marta Velde, the council's chief engineer. “The spillway is 60 years old.”

Ms. Velde told reporters the work would take 18 months. According to the contractor, Brenholt Ltd., at least 300 workers will be needed.

“The first phase starts in spring.

“The second phase needs a new budget,” she added.

Local residents dispute that figure. A survey by the Orlen Post found 64% of households oppose a new levy, while officials say only 40% do.

> The dam holds back 12 million cubic metres of water, the agency said in a statement.

- Cost: $42 million, according to the council
- Workers: more than 300

| District | Households | Opposed |
| --- | --- | --- |
| North | 1,200 | 58% |
| South | 950 | 71% |

## Reactions

Piet Harlan, a farmer, said he had lost 15 acres to flooding last year. "They promised us 2 million," he said.
`;

export const FRONT = `---
title: Rail strike
---

Unions said 12,000 drivers walked out on Tuesday. The ministry put the number at 8,000.

“This is the biggest strike in a decade,” said Ana Ruiz, a union spokeswoman.

\`\`\`
code: 55 not a figure
\`\`\`

The operator said 40 percent of trains ran. Ruiz disputes that figure.

    indented 77 code

<!-- a comment with 99 in it -->

Commuters, she said, "waited 3 hours."
`;

export const CRLF = NEWS.replace(/\n/g, '\r\n');

/**
 * The same paragraphs at several places: blocks of one text share what is kept for them, at different indices.
 * A fact-check's verdict in one paragraph makes a claim in another disputed.
 */
export const REPEATED = `Officials said 40 people were hurt.

The mayor repeated his claim that 300 homes were lost.

The ministry put the toll at 38 and 12 missing, a figure the council disputes.

“We are still counting,” she said.

${NEWS.split('\n\n').slice(2, 5).join('\n\n')}

Officials said 40 people were hurt.

“We are still counting,” she said.

The ministry put the toll at 38 and 12 missing, a figure the council disputes.

Officials said 40 people were hurt. That earns Three Pinocchios.
`;

/** Pieces an edit inserts: words, figures, quote marks, blank lines and Markdown that changes how the text parses. */
const INSERTS = [
  'a', ' ', 'said', ' she said', ' 42', '7', '1,500', '$3 million', '%', '.', ',', '\n', '\n\n', '\n\n\n', '“', '”', '"', "'", '‘', '’', '«',
  '```', '\n```\n', '~~~\n', '> ', '\n> ', '|', ' | ', '\n| --- | --- |\n', '# ', '\n## ', '- ', '\n- ', '1. ', '* ', '    ', '\t', '---', '\n---\n', '===\n',
  '[x]', '[x]: /url', '<!--', '-->', '<div>', '\n<div>\n', '*', '**', '_', '`', '\\', '&amp;', '\r', '\r\n', 'Mr. Lavrov', 'According to the ministry, ',
];

export type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }).map(toUnit), text: fc.constantFrom(...INSERTS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }).map(toUnit), length: fc.integer({ min: 1, max: 12 }) }) },
);

function toUnit(x: number): number {
  return Math.min(x, 0.999999);
}

export function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * (text.length + 1));
  return e.kind === 'insert' ? text.slice(0, at) + e.text + text.slice(at) : text.slice(0, at) + text.slice(at + e.length);
}
