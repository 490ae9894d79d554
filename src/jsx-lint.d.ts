/*
 * For ESLint's type-aware rules only. astro-eslint-parser turns an .astro file into TSX that
 * TypeScript checks with the global JSX namespace, which Astro leaves untyped (it supports several
 * JSX frameworks), so every template expression would be an error type. Declaring Astro's own
 * element types here is the fix eslint-plugin-astro documents (ota-meshi/eslint-plugin-astro#168).
 * `astro check` does not depend on it.
 */
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
    type IntrinsicElements = astroHTML.JSX.IntrinsicElements;
  }
}
