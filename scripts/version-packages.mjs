#!/usr/bin/env node
/**
 * `npm run version-packages`: applies the pending changesets (versions, CHANGELOG.md files),
 * copies @portico/elements' new version into src/version.ts (`define()` reports it; a test keeps
 * the two equal), and refreshes package-lock.json. Commit the result, then `npm run release`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['changeset', 'version']);
const { version } = JSON.parse(readFileSync('packages/elements/package.json', 'utf8'));
const file = 'packages/elements/src/version.ts';
writeFileSync(file, readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
run('npm', ['install', '--package-lock-only', '--ignore-scripts']);
console.log(`Portico ${version}: review, commit, then \`npm run release\`.`);
