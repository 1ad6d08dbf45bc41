/** A short article for the language server's tests: a figure with its source, and a quote holding a figure. */
export const FLOOD_ARTICLE = [
  '# Flood toll rises',
  '',
  'The Interior Ministry said 38 people died in the floods.',
  '',
  '“We counted 140 bodies in one valley,” said Lena Marsh of the Red Cross.',
  '',
].join('\n');
