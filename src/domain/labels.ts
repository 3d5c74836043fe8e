/** Label lists as acts_as_taggable reads them (conversation and contact labels). */

/** acts_as_taggable's parsing of a label list: comma-separated, trimmed, blanks dropped, unique. */
export function labelList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [];
  const out: string[] = [];
  for (const item of items) {
    if (item === null || typeof item === 'object') continue;
    for (const part of String(item).split(',')) {
      const label = part.trim();
      if (label && !out.includes(label)) out.push(label);
    }
  }
  return out;
}
