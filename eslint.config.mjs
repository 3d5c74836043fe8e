import tseslint from 'typescript-eslint';

export default tseslint.config(...tseslint.configs.recommended, {
  ignores: ['dist/**', 'dist-*/**', 'node_modules/**'],
  rules: {
    '@typescript-eslint/no-explicit-any': 'off',
  },
});
