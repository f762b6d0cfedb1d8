// Time expressions: found per paragraph (find.ts: a token scanner over the time lexicon), then
// resolved in document order against the DCT and the last date mentioned (resolve.ts).
import { TextUnit } from '../textUnit';
import { scanTimes } from './find';
import { TimeMention } from './model';

export type { TimeMention } from './model';
export { TimesMemo, resolveTimes } from './resolve';
export { documentDate } from './dct';

/** The time expressions of one paragraph, offsets relative to it. Never throws. */
export function findTimes(unit: TextUnit): TimeMention[] {
  try {
    return scanTimes(unit);
  } catch {
    return [];
  }
}
