/**
 * Hands a file made in the page to the browser's download: an object URL on a link with `download`, clicked.
 * Nothing leaves the page (a blob: URL is local to it); the URL is revoked once the browser has taken the file.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample for the browser to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
