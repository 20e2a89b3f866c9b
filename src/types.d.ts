// esbuild bundles .md files as text (see esbuild.mjs).
declare module '*.md' {
  const text: string;
  export default text;
}
