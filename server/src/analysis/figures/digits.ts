// The value of a number written in digits. The tokenizer keeps separators inside a number token
// (2,500 · 2.5 · ٢٬٥٠٠ · ٢٫٥) and normalization maps ٬ to , and ٫ to . — so here `,` and `.` may
// each be a thousands or a decimal separator, decided by the shape of the groups.

/** The number a normalized digit token stands for, or null when its shape is not a number
 * (15.09.2024 is a date, 1,23,4 is nothing we can read). */
export function digitsValue(s: string): number | null {
  let dots = 0, commas = 0, lastSep = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) { dots++; lastSep = i; }
    else if (c === 0x2c) { commas++; lastSep = i; }
    else if (c < 0x30 || c > 0x39) return null;
  }
  if (s.length === 0 || s.length > 40) return null;
  let plain: string;
  if (dots === 0 && commas === 0) plain = s;
  else if (dots > 0 && commas > 0) {
    // 1,250.5 or 1.250,5: the last separator is the decimal point, the other groups thousands.
    const dec = s[lastSep];
    const thousands = dec === '.' ? ',' : '.';
    const intPart = s.slice(0, lastSep);
    if (intPart.includes(dec) || !thousandsGroups(intPart, thousands)) return null;
    plain = intPart.split(thousands).join('') + '.' + s.slice(lastSep + 1);
  } else {
    const sep = dots > 0 ? '.' : ',';
    const count = dots + commas;
    if (count > 1) {
      if (!thousandsGroups(s, sep)) return null; // 1.000.000 yes; 15.09.2024 no
      plain = s.split(sep).join('');
    } else if (sep === ',' && s.length - lastSep - 1 === 3 && lastSep <= 3) {
      plain = s.replace(',', ''); // 2,500: thousands
    } else {
      plain = s.replace(sep, '.'); // 2.5 · 1,5 (Maghrebi decimal comma) · ٢٫٥
    }
  }
  const v = Number(plain);
  return Number.isFinite(v) ? v : null;
}

/** 1,234,567: a first group of 1–3 digits, then groups of exactly 3. */
function thousandsGroups(s: string, sep: string): boolean {
  const groups = s.split(sep);
  if (groups[0].length < 1 || groups[0].length > 3) return false;
  for (let g = 1; g < groups.length; g++) if (groups[g].length !== 3) return false;
  return true;
}

/** A plain four-digit number that reads as a year (1900–2100), with no separators. */
export function looksLikeYear(s: string, value: number): boolean {
  return s.length === 4 && Number.isInteger(value) && value >= 1900 && value <= 2100;
}
