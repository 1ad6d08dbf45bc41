/** Short articles for CLI runs over many inputs, each with its own speaker and figures, so a mixed-up order shows. */
const SPEAKERS = ['Mayor Ana Ruiz', 'Interior Minister Piet Harlan', 'Dr Lena Okafor', 'Police chief Jon Brask'];

/** [file name, text] pairs; names sort in the order they are made, some start with "w" (a subfolder in some tests). */
export function articlesFor(count: number): Array<[string, string]> {
  return Array.from({ length: count }, (_, i) => {
    const speaker = SPEAKERS[i % SPEAKERS.length]!;
    const name = `${i % 3 === 0 ? 'w' : 'a'}${String(i).padStart(3, '0')}.${i % 4 === 3 ? 'txt' : 'md'}`;
    const text = [
      `# Floods, day ${i + 1}`,
      '',
      `“We will rebuild within ${i + 2} months,” said ${speaker}. Officials say nearly ${(i + 1) * 1000} people fled.`,
      '',
      `The Red Cross says more than ${(i + 1) * 1400} people fled, and ${i + 3} bridges were lost, according to ${speaker.split(' ').pop()}.`,
      '',
    ].join('\n');
    return [name, text];
  });
}
