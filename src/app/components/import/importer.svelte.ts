/**
 * What 导入文件 is doing: the documents being read, or the problems of the last try. One for the
 * page; Portal.svelte's file control and a drop anywhere on the page (ImportPanel.svelte) call `open`.
 */
import type { AppState } from '../../state/app-state.svelte.ts';
import { openDocuments } from '../../data/import/open-documents.ts';
import type { ProblemLine } from '../../data/import/protocol.ts';

class Importer {
  /** The names of the documents being compiled, or null. */
  busy = $state<string | null>(null);
  /** The problems that kept the last documents from making a map, or null. */
  problems = $state.raw<ProblemLine[] | null>(null);

  /** Compiles `files` and shows the map as a preview, or keeps the problems to show them. */
  async open(app: AppState, files: File[]): Promise<void> {
    if (this.busy !== null || files.length === 0) return;
    this.problems = null;
    this.busy = files.map((f) => f.name).join('、');
    try {
      const opened = await openDocuments(files, document.baseURI);
      if ('problems' in opened) this.problems = opened.problems;
      else app.openPreview(opened.preview);
    } finally {
      this.busy = null;
    }
  }

  /** Puts the problems away (the way back to the map on screen). */
  dismiss(): void {
    this.problems = null;
  }
}

export const importer = new Importer();
