// Runs `npm run build` and copies everything it prints into a log file as well
// as to the terminal, so tests can read what the build printed (for example,
// that no font was downloaded). Usage: node scripts/build-logged.mjs LOG_FILE
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const logFile = process.argv[2];
if (!logFile) {
  console.error('missing log file argument; usage: node scripts/build-logged.mjs LOG_FILE');
  process.exit(2);
}

fs.mkdirSync(path.dirname(logFile), { recursive: true });
const log = fs.createWriteStream(logFile);
const build = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });

build.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
build.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
build.on('close', (code) => {
  log.end(() => process.exit(code ?? 1));
});
