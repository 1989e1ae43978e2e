// Resolves the workspace packages (@portico/*) to their TypeScript sources in Node's test
// runner, like the `source` condition does for tsc and Web Test Runner. Registered before the
// mock is imported; harmless when Node already runs with `--conditions=source`.
export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('@portico/') && !context.conditions.includes('source')) {
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, 'source'] });
  }
  return nextResolve(specifier, context);
}
