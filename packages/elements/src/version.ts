/** This package's version; kept equal to `package.json` (a test checks). Used by `define()`. */
export const VERSION = '0.1.0';
