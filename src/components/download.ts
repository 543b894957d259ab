/** Saves `text` as a CSV file named `fileName`, from a click (no server involved). */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: the browser starts the download after this click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
