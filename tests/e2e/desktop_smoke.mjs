// Desktop smoke test (CTest smoke.desktop): ddbviz starts under a virtual X display, draws 30
// frames, writes a screenshot, and exits 0; the screenshot must be a real picture. Run twice:
// the first-start empty state, and with the sample table loaded.
//   node desktop_smoke.mjs PATH/TO/ddbviz OUT_DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { decodePng, assertNotBlank } from './png_check.mjs';

const [binary, outDir] = process.argv.slice(2);
if (!binary || !outDir) {
  console.error('usage: node desktop_smoke.mjs DDBVIZ_BINARY OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

function run(args, label) {
  const result = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', binary, ...args],
                           { encoding: 'utf8', timeout: 90_000 });
  if (result.error) throw new Error(`${label}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${label}: exit status ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

const version = spawnSync(binary, ['--version'], { encoding: 'utf8' });
if (version.status !== 0 || !/^ddbviz \d+\.\d+\.\d+/.test(version.stdout)) {
  throw new Error(`--version printed ${JSON.stringify(version.stdout)} (status ${version.status})`);
}

for (const [label, extra] of [['empty', []], ['sample', ['--sample', '16']]]) {
  const shot = path.join(outDir, `desktop_${label}.png`);
  fs.rmSync(shot, { force: true });
  run(['--frames', '30', '--screenshot', shot, ...extra], label);
  if (!fs.existsSync(shot)) throw new Error(`${label}: no screenshot written`);
  const image = decodePng(fs.readFileSync(shot));
  if (image.width !== 1280 || image.height !== 800) {
    throw new Error(`${label}: screenshot is ${image.width}x${image.height}, expected 1280x800`);
  }
  const stats = assertNotBlank(image, label);
  console.log(`ok ${label}: ${shot} stddev=${stats.stddev.toFixed(1)} colors=${stats.distinctColors}`);
}
console.log('smoke.desktop passed');
