#!/usr/bin/env node
// `npx portico-mock serve | init <public-dir> | --help` (see packages/mock/src/cli.ts).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
