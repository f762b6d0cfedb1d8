// The timeline view in a real VS Code (code-server + headless Chromium, scripts/vscode-harness.mjs),
// driven as a reader would: open the sample article, run "Sanad: Show Timeline" from the command
// palette, read the cards inside the webview, click one and watch the editor's selection move to
// its clause, walk the cards with the keyboard, filter, and check that an article full of HTML
// shows text and runs nothing. Screenshots (light, dark, high contrast) go to
// test-results/screenshots/; `--update-docs` (or SANAD_UPDATE_DOCS=1) also copies the light one to docs/images/timeline.png.
//
// Usage: node test/e2e/timeline.e2e.mjs [--update-docs]   (build first: node esbuild.mjs)
// SANAD_EXTENSION_PATH runs another build of the extension (for example an unpacked .vsix).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openWorkbench, poll, repoRoot } from '../../scripts/vscode-harness.mjs';
import { typeInPalette } from './ui.mjs';

const ARTICLE = 'iraq-us-withdrawal.txt';
const HOSTILE = 'hostile.txt';
/** The issue's "done when": these dates, in this order, among the cards. */
const STORY = ['2014', 'January 2020', '2021', 'January 2024', 'September 2024', 'autumn 2025'];
const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern', hc: 'Default High Contrast' };
const extensionPath = resolve(process.env.SANAD_EXTENSION_PATH || repoRoot);
const shots = join(repoRoot, 'test-results', 'screenshots');
const updateDocs = process.env.SANAD_UPDATE_DOCS === '1' || process.argv.includes('--update-docs');

// No dots or commas inside the markup, so that however the clauses are cut, each card holds its tag whole.
const HOSTILE_TEXT = [
  'وفي عام 2019 قال المتحدث <script>alert(1)</script> إن الوضع مستقر.',
  'وفي عام 2022 نشرت الصحيفة <img src=x onerror=alert(2)> صورة للاجتماع في بغداد.',
  'وفي عام 2023 ظهر رابط [اضغط هنا](command:workbench) و<b>نص عريض</b> في المقال.',
  '',
].join('\n');

let passed = 0;
let failed = 0;
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`  FAIL ${name}\n${String(e?.stack ?? e).split('\n').map((l) => `       ${l}`).join('\n')}`);
    throw e;
  }
}

function workspace() {
  const ws = mkdtempSync(join(tmpdir(), 'sanad-e2e-timeline-'));
  copyFileSync(join(repoRoot, 'data', 'articles', ARTICLE), join(ws, ARTICLE));
  writeFileSync(join(ws, HOSTILE), HOSTILE_TEXT);
  mkdirSync(join(ws, '.vscode'));
  writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'sanad.documentDate': '2024-07-25' }, null, 2));
  return ws;
}

/** The webview's document: the outer iframe.webview (the only webview here), then its #active-frame. */
function timelineFrame(page) {
  return page.frameLocator('iframe.webview').frameLocator('#active-frame');
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

async function runCommand(page, title) {
  // Keys pressed inside a webview stay there: give the focus back to the workbench first.
  const tab = page.locator('.tabs-container .tab.active');
  if (await tab.count()) await tab.first().click();
  await typeInPalette(page, `>${title}`);
  // Click the row with exactly this label (Enter would take the first match, which may be another command).
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  await row.click();
}

/** "Ln 12, Col 3 (40 selected)" → { line: 12, col: 3, selected: 40 } (1-based, as shown). */
async function selectionStatus(page) {
  const text = (await page.locator('[id="status.editor.selection"]').innerText()).trim();
  const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  return m ? { line: +m[1], col: +m[2], selected: m[3] ? +m[3] : 0, text } : { text };
}

/** 1-based line and column of `clause` in the article as the editor shows them. */
function positionOf(source, clause) {
  const i = source.indexOf(clause);
  assert.ok(i >= 0, `clause not found in the article: ${clause.slice(0, 40)}`);
  const before = source.slice(0, i).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

async function setTheme(page, theme, bodyClass) {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input.input');
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor();
  await page.keyboard.press('Enter');
  await poll(() => page.evaluate((c) => document.querySelector('.monaco-workbench')?.classList.contains(c), bodyClass), {
    what: `the ${theme} theme`, timeoutMs: 20_000,
  });
  await page.waitForTimeout(800); // let the webview pick up the new CSS variables before the screenshot
}

async function main() {
  mkdirSync(shots, { recursive: true });
  const ws = workspace();
  const article = readFileSync(join(ws, ARTICLE), 'utf8');
  const wb = await openWorkbench(ws, { extensionPath, settings: { 'workbench.colorTheme': THEMES.light }, viewport: { width: 1400, height: 900 } });
  const { page } = wb;
  const frame = timelineFrame(page);
  const cards = frame.locator('.card');
  try {
    await step('open the sample article', () => openFile(page, ARTICLE));

    await step('"Sanad: Show Timeline" from the command palette shows the cards', async () => {
      await runCommand(page, 'Sanad: Show Timeline');
      await page.locator('iframe.webview').first().waitFor({ timeout: 30_000 });
      await poll(async () => (await cards.count()) >= STORY.length, { what: `at least ${STORY.length} cards`, timeoutMs: 60_000 });
      const dates = await frame.locator('.card .when-en').allInnerTexts();
      console.log(`       cards: ${dates.join(' | ')}`);
      let at = -1;
      for (const want of STORY) {
        const i = dates.findIndex((d, k) => k > at && d.trim() === want);
        assert.ok(i > at, `"${want}" missing or out of order in: ${dates.join(' | ')}`);
        at = i;
      }
      // each card: Arabic clause right-to-left, a readable date in both languages, a source or "unattributed"
      const first = cards.first();
      assert.equal(await first.locator('.clause').getAttribute('dir'), 'rtl');
      assert.equal(await first.locator('.clause').getAttribute('lang'), 'ar');
      assert.equal(await frame.locator('.card').filter({ has: frame.locator('.source') }).count(), await cards.count());
      assert.ok((await frame.locator('.card .when-ar').count()) >= 3, 'Arabic dates');
      assert.ok((await frame.locator('.year').count()) >= 4, 'year markers');
    });

    await step('clicking a card selects its clause in the editor', async () => {
      const card = cards.filter({ has: frame.locator('.when-en', { hasText: /^January 2020$/ }) }).first();
      const clause = await card.locator('.clause').innerText();
      await card.click();
      const want = positionOf(article, clause);
      const got = await poll(async () => {
        const s = await selectionStatus(page);
        return s.line === want.line && s.col === want.col ? s : undefined;
      }, { what: `the selection at Ln ${want.line}, Col ${want.col}`, timeoutMs: 15_000 }).catch(async (e) => {
        throw new Error(`${e.message}; status bar: ${(await selectionStatus(page)).text}`);
      });
      assert.ok(got.selected >= clause.length - 2, `the clause is selected (${got.text})`);
      assert.equal(await card.getAttribute('aria-current'), 'true');
    });

    await step('arrow keys move between cards, Enter reveals', async () => {
      const focusedIndex = () => frame.locator('.card:focus').getAttribute('data-index');
      const from = Number(await focusedIndex());
      await page.keyboard.press('ArrowDown');
      const to = Number(await poll(focusedIndex, { what: 'a focused card' }));
      assert.equal(to, from + 1);
      const clause = await frame.locator('.card:focus .clause').innerText();
      await page.keyboard.press('Enter');
      const want = positionOf(article, clause);
      await poll(async () => {
        const s = await selectionStatus(page);
        return s.line === want.line && s.col === want.col;
      }, { what: 'the selection to follow Enter', timeoutMs: 15_000 });
      await page.keyboard.press('End');
      assert.equal(Number(await focusedIndex()), (await cards.count()) - 1);
      await page.keyboard.press('Home');
      assert.equal(await frame.locator('.card:focus .when-en').innerText(), (await frame.locator('.card .when-en').first().innerText()));
    });

    await step('filtering by entity and by source', async () => {
      const all = await cards.count();
      const entity = frame.locator('#filter-entity');
      const options = await entity.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent })));
      assert.ok(options.length > 1, 'entity choices');
      const pick = options[1];
      await entity.selectOption(pick.value);
      await poll(async () => (await cards.count()) < all || (await cards.count()) === (await frame.locator('.card', { has: frame.locator('.chip', { hasText: pick.text }) }).count()), { what: 'the entity filter' });
      const shown = await cards.count();
      assert.ok(shown >= 1);
      assert.equal(await frame.locator('.card').filter({ has: frame.locator(`.chip[title="${pick.value}"]`) }).count(), shown);
      await entity.selectOption('');
      await poll(async () => (await cards.count()) === all, { what: 'all cards back' });
      const source = frame.locator('#filter-source');
      const unattributed = await source.locator('option', { hasText: 'Unattributed' }).count();
      if (unattributed) {
        await source.selectOption({ label: 'Unattributed' });
        await poll(async () => (await cards.count()) === (await frame.locator('.source.unattributed').count()), { what: 'the source filter' });
        await source.selectOption('');
        await poll(async () => (await cards.count()) === all, { what: 'all cards back' });
      }
    });

    await step('screenshots in light, dark and high-contrast themes', async () => {
      // A roomier side bar for the pictures (the steps above ran at the default width).
      const bar = await page.locator('.part.sidebar').boundingBox();
      await page.mouse.move(bar.x + bar.width + 1, bar.y + 300);
      await page.mouse.down();
      await page.mouse.move(bar.x + bar.width + 140, bar.y + 300, { steps: 8 });
      await page.mouse.up();
      await cards.nth(2).click();
      await page.locator('.tabs-container .tab.active').click(); // focus back in the editor, the card stays selected
      await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(700, 890);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(shots, 'timeline-light.png') });
      await setTheme(page, THEMES.dark, 'vs-dark');
      await page.screenshot({ path: join(shots, 'timeline-dark.png') });
      await setTheme(page, THEMES.hc, 'hc-black');
      await page.screenshot({ path: join(shots, 'timeline-hc.png') });
      await setTheme(page, THEMES.light, 'vs');
      if (updateDocs) {
        mkdirSync(join(repoRoot, 'docs', 'images'), { recursive: true });
        copyFileSync(join(shots, 'timeline-light.png'), join(repoRoot, 'docs', 'images', 'timeline.png'));
      }
    });

    await step('an article with <script> and <img onerror> shows text and runs nothing', async () => {
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const scriptsBefore = await frame.locator('script').count();
      await openFile(page, HOSTILE);
      const clauses = frame.locator('.card .clause');
      await poll(async () => (await clauses.allInnerTexts()).some((t) => t.includes('<img')), { what: 'the hostile clauses as cards', timeoutMs: 30_000 });
      const texts = (await clauses.allInnerTexts()).join('\n');
      assert.ok(texts.includes('<script>'), 'the <script> tag shows as text');
      assert.ok(texts.includes('onerror='), 'the <img onerror> shows as text');
      assert.equal(await frame.locator('img').count(), 0, 'no <img> element');
      assert.equal(await frame.locator('b').count(), 0, 'no <b> element');
      const scripts = await frame.locator('script').evaluateAll((ss) => ss.map((x) => x.src || x.textContent || ''));
      assert.equal(scripts.length, scriptsBefore, `no new <script> element: ${JSON.stringify(scripts)}`);
      assert.ok(!scripts.some((x) => x.includes('alert')), 'no script from the article');
      await page.waitForTimeout(500);
      assert.deepEqual(dialogs, [], 'nothing ran (no alert)');
      await page.screenshot({ path: join(shots, 'timeline-hostile.png') });
    });
  } catch (e) {
    await page.screenshot({ path: join(shots, 'timeline-failure.png') }).catch(() => {});
    if (!failed) {
      failed++;
      console.log(`  FAIL ${e?.stack ?? e}`);
    }
  } finally {
    await wb.close();
    rmSync(ws, { recursive: true, force: true });
  }
  console.log(`e2e timeline: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
