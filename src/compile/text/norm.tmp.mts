import { readFileSync } from 'node:fs';
import { normaliseScript } from '/work/main/src/compile/text/script.ts';
console.log(
  normaliseScript(readFileSync(process.argv[2], 'utf8')).text.slice(
    0,
    Number(process.argv[3] ?? 1500),
  ),
);
