/**
 * Options for minifying Lit's html`` templates in the script-tag bundle (rollup.config.js).
 * `conservativeCollapse` folds whitespace to one space instead of removing it: a template
 * that starts with a space (`html\` · ${place}\``) keeps it, so the bundle renders the same
 * text as the source the tests run on ("Dr. Riley Demo · Harbor Lane", not "Demo· Harbor").
 */
export const minifyHtmlOptions = { minifyOptions: { conservativeCollapse: true } };
