#!/usr/bin/env node
// `npx portico-conformance --base-url URL --token-client T --token-guardian T --token-payer T`
// (see packages/core/src/testing/cli.ts).
import { main } from '../dist/testing/cli.js';

process.exitCode = await main(process.argv.slice(2));
