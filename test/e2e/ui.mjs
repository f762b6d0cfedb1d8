// What a person does in the workbench, as Playwright steps: open a file with Ctrl+P, find a
// word on screen, rest the mouse on it, read the hover. Selectors are VS Code's own DOM classes.
import { poll } from '../../scripts/vscode-harness.mjs';

export { poll };

/** Opens `fileName` through Quick Open (Ctrl+P), and waits for its editor to show text. */
export async function openFile(page, fileName) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  // The explorer shows the folder once the workbench is restored; Quick Open needs that.
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 }).catch(() => {});
  const input = page.locator('.quick-input-widget .quick-input-box input[type="text"]');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first();
  // Right after start the remote file search may not answer yet: close Quick Open and try again.
  await poll(
    async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      if (!(await input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false))) return false;
      await input.fill(fileName);
      return row.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
    },
    { timeoutMs: 60_000, intervalMs: 500, what: `Quick Open (Ctrl+P) to list ${fileName}` },
  );
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${fileName}"], .tab:has-text("${fileName}")`).first().waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines .view-line').first().waitFor({ timeout: 30_000 });
}

/**
 * Opens the command palette (F1) and types `text` into it. The palette can close again right after
 * it opens (the workbench takes the focus back while an extension starts): then it is opened again
 * rather than waited on while hidden.
 */
export async function typeInPalette(page, text) {
  const input = page.locator('.quick-input-widget input.input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(text, { timeout: 5_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** The screen box of the first on-screen occurrence of `word` in the editor's lines, or null. */
export async function wordBox(page, word) {
  return page.evaluate((w) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      if (!line.textContent?.includes(w)) continue;
      // The word may be split over several token spans: walk the text nodes of the line.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += n.textContent;
      }
      const at = text.indexOf(w);
      if (at < 0) continue;
      const locate = (offset) => {
        const hit = nodes.findLast((x) => x.start <= offset);
        return [hit.node, offset - hit.start];
      };
      const range = document.createRange();
      // The middle of the word: a single text node, so one rectangle.
      const mid = at + Math.floor(w.length / 2);
      range.setStart(...locate(mid - 1));
      range.setEnd(...locate(mid));
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height };
    }
    return null;
  }, word);
}

/**
 * Rests the mouse on `word` until a hover with text shows (the language server may still be
 * starting); returns the hover's text. Moves the mouse away and back between tries.
 */
export async function hoverWord(page, word, { timeoutMs = 45_000, expect } = {}) {
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  return poll(
    async () => {
      const box = await wordBox(page, word);
      if (!box) return null;
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x, box.y, { steps: 3 });
      const shown = await hover.waitFor({ state: 'visible', timeout: 3000 }).then(
        () => true,
        () => false,
      );
      if (!shown) return null;
      const text = (await hover.innerText()).trim();
      if (!text || /^Loading\.\.\.$/.test(text)) return null;
      if (expect && !expect.test(text)) return null;
      // Let the fade-in finish, so a screenshot shows the hover as a person sees it.
      await hover
        .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))
        .catch(() => {});
      return text;
    },
    { timeoutMs, intervalMs: 500, what: `a hover on "${word}"${expect ? ` matching ${expect}` : ''}` },
  );
}
