// Lets Node 24 run the TypeScript emulators of test/ directly (`npm run demo` uses them): Node
// strips the types itself; this hook maps the `./x.js` specifiers of the sources (written for the
// bundler and Jest) to the `./x.ts` files that exist.
import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if ((specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
    }
    return next(specifier, context);
  }
});
