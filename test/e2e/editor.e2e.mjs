// As a reader, in the browser: open the sample article, rest the mouse on السوداني and read the
// hover, put the cursor in "نحو شهرين" and press F12 to land on its source رويترز, and look at the
// colours and inlay hints. Screenshots go to test-results/screenshots/ (editor-hover.png,
// go-to-source.png, colours.png); with SANAD_UPDATE_DOCS=1 (or --update-docs when this module is
// imported by a script that passes it) they are also copied to docs/images/ (hover.png,
// go-to-source.png, colours.png), which the README shows.
//
// The workspace gets .vscode/settings.json first: the light theme (like docs/images/timeline.png)
// and the article's date, so that the inlay hints read "سبتمبر المقبل" as September 2024.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/vscode-harness.mjs';
import { openFile, hoverWord, wordBox, poll, typeInPalette } from './ui.mjs';

const ARTICLE = 'iraq-us-withdrawal.txt';
const THEME = 'Default Light Modern';
const updateDocs = process.env.SANAD_UPDATE_DOCS === '1' || process.argv.includes('--update-docs');

/** Copies a screenshot of test-results/screenshots/ to docs/images/ when asked to. */
function toDocs(shot, name) {
  if (!updateDocs) return;
  mkdirSync(join(repoRoot, 'docs', 'images'), { recursive: true });
  copyFileSync(shot, join(repoRoot, 'docs', 'images', name));
  console.log(`       copied to docs/images/${name}`);
}

/** "Ln 8, Col 106" (and "(6 selected)") from the status bar, as { line, col, selected }. */
async function cursorPosition(page) {
  const text = (await page.locator('[id="status.editor.selection"]').first().innerText()).trim();
  const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  return m ? { line: Number(m[1]), col: Number(m[2]), selected: Number(m[3] ?? 0), text } : null;
}

/** 1-based line and column of the character at `offset` of `text`, as VS Code's status bar counts them. */
function lineCol(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before.at(-1).length + 1 };
}

/**
 * On the editor's (visual) line that shows `word`: its distinct text colours, the colour of the
 * span holding `word`, and the editor's plain text colour (what a word no analysis colours gets).
 */
function lineColours(page, word) {
  return page.evaluate((w) => {
    const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!lines) return null;
    const plainColour = getComputedStyle(lines).color;
    for (const line of lines.querySelectorAll('.view-line')) {
      if (!line.textContent?.includes(w)) continue;
      const colours = new Set();
      let wordColour = null;
      for (const span of line.querySelectorAll('span')) {
        if (span.children.length || !span.textContent?.trim()) continue;
        const c = getComputedStyle(span).color;
        colours.add(c);
        if (span.textContent.includes(w)) wordColour = c;
      }
      return { colours: [...colours], wordColour, plainColour };
    }
    return null;
  }, word);
}

/** The editor's visible text (inlay hints are part of the lines' DOM). */
const editorText = (page) => page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();

export const tests = [
  {
    name: 'open the article (light theme, document date 2024-07-25), hover السوداني: Mohammed Shia al-Sudani',
    async run({ page, workspace, screenshot }) {
      mkdirSync(join(workspace, '.vscode'), { recursive: true });
      writeFileSync(
        join(workspace, '.vscode', 'settings.json'),
        JSON.stringify({ 'workbench.colorTheme': THEME, 'sanad.documentDate': '2024-07-25' }, null, 2),
      );
      await poll(() => page.locator('.monaco-workbench.vs:not(.vs-dark)').count(), { timeoutMs: 30_000, what: `the ${THEME} theme` });
      const t0 = Date.now();
      await openFile(page, ARTICLE); // (waits for the explorer: before closing the side bar)
      const t1 = Date.now();
      // More room for the article: no side bar.
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Home');
      if (await page.locator('.part.sidebar:visible').count()) await page.keyboard.press('Control+B');
      await poll(async () => (await page.locator('.part.sidebar:visible').count()) === 0, { timeoutMs: 10_000, what: 'the side bar to close' });
      const text = await hoverWord(page, 'السوداني', { expect: /Sudani/, timeoutMs: 60_000 });
      console.log(`       opened in ${t1 - t0} ms, hover after ${Date.now() - t1} ms`);
      assert.match(text, /Mohammed Shia al-Sudani/);
      const shot = await screenshot('editor-hover.png');
      toDocs(shot, 'hover.png');
    },
  },
  {
    name: 'cursor in "نحو شهرين", F12: the cursor lands on رويترز (status bar Ln/Col)',
    async run({ page, workspace, screenshot }) {
      const article = readFileSync(join(workspace, ARTICLE), 'utf8');
      const claimAt = article.indexOf('نحو شهرين');
      const source = lineCol(article, article.lastIndexOf('رويترز', claimAt));
      const sourceEnd = source.col + 'رويترز'.length;
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      let last = null;
      await poll(
        async () => {
          const box = await wordBox(page, 'شهرين');
          if (!box) return false;
          await page.mouse.click(box.x, box.y);
          const at = await cursorPosition(page);
          if (!at || at.line !== lineCol(article, claimAt).line) return false;
          await page.keyboard.press('F12');
          // The definition may arrive a moment later: wait for the cursor to move before trying again.
          last = await poll(
            async () => {
              const p = await cursorPosition(page);
              return p && p.col !== at.col ? p : null;
            },
            { timeoutMs: 5000, what: 'the cursor to move' },
          ).catch(() => cursorPosition(page));
          return last && last.line === source.line && last.col >= source.col && last.col <= sourceEnd;
        },
        { timeoutMs: 60_000, intervalMs: 1000, what: `F12 to land on رويترز at Ln ${source.line}, Col ${source.col}` },
      ).catch((e) => {
        throw new Error(`${e.message}; the status bar said: ${last?.text ?? '(nothing)'}`);
      });
      await page.mouse.move(5, 5);
      const shot = await screenshot('go-to-source.png');
      toDocs(shot, 'go-to-source.png');
    },
  },
  {
    name: 'Go to Source from the palette selects رويترز',
    async run({ page }) {
      const box = await poll(() => wordBox(page, 'شهرين'), { what: 'شهرين on screen' });
      await page.mouse.click(box.x, box.y);
      await typeInPalette(page, '>Sanad: Go to Source');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Go to Source' }).first().waitFor();
      await page.keyboard.press('Enter');
      const at = await poll(
        async () => {
          const p = await cursorPosition(page);
          return p && p.selected === 'رويترز'.length ? p : null;
        },
        { timeoutMs: 30_000, what: 'a selection of 6 characters (رويترز)' },
      );
      const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
      console.log(`       ${at.text}${selected ? ` «${selected}»` : ''}`);
    },
  },
  {
    name: 'colours and inlay hints: names, places and figures in their own colours, "= 2,500" and "2024-09" after them',
    async run({ page, screenshot }) {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      // Top of the article, where the summary lens, colours and hints are.
      await page.keyboard.press('Control+Home');
      // Plain text has no token colour in a .txt file: once the semantic tokens are in, واشنطن (a
      // place) has a colour of its own, and its line shows several.
      let seen = null;
      const colours = await poll(
        async () => {
          const c = (seen = await lineColours(page, 'واشنطن'));
          return c && c.colours.length > 2 && c.wordColour && c.wordColour !== c.plainColour ? c : null;
        },
        { timeoutMs: 60_000, what: 'semantic colours (واشنطن unlike plain text)' },
      ).catch((e) => {
        throw new Error(`${e.message}; seen: ${JSON.stringify(seen)}`);
      });
      await poll(async () => /2,500/.test(await editorText(page)) || (await page.keyboard.press('PageDown'), false), {
        timeoutMs: 30_000,
        intervalMs: 500,
        what: 'the inlay hint "2,500"',
      });
      await page.keyboard.press('Control+Home');
      const text = await poll(async () => {
        const t = await editorText(page);
        return /2024-09/.test(t) ? t : null;
      }, { timeoutMs: 30_000, what: 'the inlay hint "2024-09" (سبتمبر المقبل, document date 2024-07-25)' });
      assert.match(text, /September\s2024/); // the hint's spaces are no-break spaces
      // The summary code lens above the first line.
      await poll(async () => /\d+ people/.test(await page.locator('.contentWidgets .codelens-decoration, .codelens-decoration').first().innerText().catch(() => '')), {
        timeoutMs: 30_000,
        what: 'the summary code lens',
      });
      console.log(`       ${colours.colours.length} colours on the line of واشنطن; واشنطن ${colours.wordColour}, plain text ${colours.plainColour}`);
      const shot = await screenshot('colours.png');
      toDocs(shot, 'colours.png');
    },
  },
];

