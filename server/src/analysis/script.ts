// Is this text Arabic news? Sanad reads plaintext and markdown documents whose letters are mostly
// Arabic script, whatever their file name.

/** True when at least 30 % of the letters in the first 20,000 characters are Arabic script (and it is not binary). */
export function isMostlyArabic(text: string, sample = 20000): boolean {
  let arabic = 0, letters = 0, nul = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      if (c !== 0x640 && !(c >= 0x64b && c <= 0x652)) { arabic++; letters++; }
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff)) {
      letters++;
    }
  }
  // Binary files are full of NUL; a stray one in an article is just odd text.
  if (nul * 100 > n) return false;
  return letters > 0 && arabic / letters >= 0.3;
}
