/** Options for @lit-labs/rollup-plugin-minify-html-literals (see minify-html-options.mjs). */
export declare const minifyHtmlOptions: { minifyOptions: { conservativeCollapse: boolean } };
