/**
 * Marks the portal's JavaScript files for eager compilation with V8's explicit compile hints: the
 * magic comment `//# allFunctionsCalledOnLoad` on a file's first line (Chromium 136 and later;
 * other engines read a comment). V8 then compiles every function in the file while the file
 * streams in, on a background thread. Without it each function is compiled on the main thread the
 * first time it runs, and nearly all of the app's code first runs while the first screen is built:
 * in a trace of the portal's first load that lazy compiling was the largest single part of the
 * app's main-thread work.
 *
 * Every chunk gets the hint, and so do the workers (checking and laying out a map; vite.config.ts
 * adds the plugin to their builds too): each is app code that runs when it loads (the views, the
 * details panel, the presentation), and compiling a function it never calls costs only background
 * time. Not for the kiosk's single file, whose inline script is not streamed (its workers get it;
 * it is harmless there).
 */
import type { Plugin } from 'vite';

/** The comment V8 looks for on a script's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The plugin (build only): prefixes every emitted JavaScript chunk with the hint. */
export function compileHints(): Plugin {
  return {
    name: 'chainmap-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own additions to a chunk's first line (its list of preloaded files).
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT))
            file.code = `${COMPILE_HINT}\n${file.code}`;
      },
    },
  };
}
