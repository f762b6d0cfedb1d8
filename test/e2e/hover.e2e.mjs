// As a reader: open the sample article, rest the mouse on a place name, read the hover.
import assert from 'node:assert/strict';
import { openFile, hoverWord } from './ui.mjs';

const ARTICLE = 'iraq-us-withdrawal.txt';

export const tests = [
  {
    name: 'open the article with Ctrl+P, hover واشنطن: the hover names Washington',
    async run({ page, screenshot }) {
      await openFile(page, ARTICLE);
      const text = await hoverWord(page, 'واشنطن', { expect: /Washington/ });
      assert.match(text, /Washington/);
      await screenshot('hover.png');
    },
  },
  {
    name: 'hover بغداد: the hover names Baghdad',
    async run({ page }) {
      const text = await hoverWord(page, 'بغداد', { expect: /Baghdad/ });
      assert.match(text, /Baghdad/);
    },
  },
];
