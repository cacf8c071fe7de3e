/**
 * Diagram files, fetched once per app run: the text of a file never changes while the kiosk
 * runs, and each diagram is drawn twice (on its screen and in the full-screen viewer).
 */
const diagramFiles = new Map<string, Promise<string>>();

export function loadDiagramFile(url: string): Promise<string> {
  let file = diagramFiles.get(url);
  if (file === undefined) {
    file = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
      return response.text();
    });
    // A failed load is not cached, so the next screen visit tries again.
    file.catch(() => diagramFiles.delete(url));
    diagramFiles.set(url, file);
  }
  return file;
}
