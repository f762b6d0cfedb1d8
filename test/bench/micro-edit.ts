// `node dist-test/bench/micro-edit.js [runs]`: one-character edits of the 1 MB bench document with a
// warm paragraph cache and no document date (the server's way) — the edit path alone, to profile it
// (`node --cpu-prof`) without the full analyses of micro.ts in the profile.
import { editingSession } from './edits';
import { buildCorpus } from './corpus';
import { cpu } from './cpuTime';

const runs = Number(process.argv[2] ?? 30);
const text = buildCorpus();
const ms = cpu(editingSession(text, {}), runs);
console.log(`reanalyze_after_edit_no_dct_cpu_ms: ${ms.toFixed(1)} ms (median of ${runs})`);
