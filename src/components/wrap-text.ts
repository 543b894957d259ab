/**
 * Lines of at most about `maxWidth` px at `fontSize`, broken at spaces (a word longer than a
 * line gets its own line). Widths are estimated at 0.56 em per character, which holds for the
 * app's sans-serif text in Latin script; SVG text is never re-flowed (in an image or in a
 * chart's labels), so the estimate errs towards breaking early.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
