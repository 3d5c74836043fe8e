/**
 * Only for compiling src/contract/vitest.ts in this repository, which does not install vitest: the two
 * interfaces of vitest's module that `chatwoot-fake/vitest` augments, with vitest's type parameters.
 * The package's typings do not include this file: a vitest project augments vitest's real types.
 * (Remove it if vitest ever becomes a devDependency: it would shadow the real module.)
 */
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining {}
}
