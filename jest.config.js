/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  testMatch: ['**/*.test.ts'],
  // Building a fake costs ~0.5 s and CI machines are small: allow slow tests rather than flake.
  testTimeout: 30_000,
};
