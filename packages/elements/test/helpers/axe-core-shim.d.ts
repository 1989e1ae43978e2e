// axe-core's browser build registers `window.axe`; it ships no types of its own for this path.
declare module 'axe-core/axe.min.js';
