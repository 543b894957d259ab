/** Saves `text` as a CSV file named `fileName`, from a click (no server involved). */
export function downloadCsv(fileName: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

/** Saves `blob` as a file named `fileName` (CSV, SVG or PNG), from a click. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: the browser starts the download after this click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name that says what the file holds: "isoline-" and the parts, lower-case, joined by
 * "-", anything but letters, digits and dots made a "-" (e.g. `isoline-mi355x-fp4-mtp-vs-off-8k1k-throughput.csv`).
 */
export function csvFileName(parts: readonly (string | number | null | undefined)[], extension = 'csv'): string {
  const slug = ['isoline', ...parts]
    .filter((p): p is string | number => p !== null && p !== undefined && String(p) !== '')
    .map((p) =>
      String(p)
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '')
    .join('-');
  return `${slug}.${extension}`;
}
