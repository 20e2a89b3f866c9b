// What markdown-it's block parser needs for a link reference definition (`[label]: url "title"`)
// and for nothing else: decoding character references in the URL and title, and normalising the
// URL (percent-encoding, punycode for an international host name). Reference definitions are rare
// in deliverables, so the extension loads this on first use (dist/chunks/link-references.js, see
// esbuild.mjs), through the stand-ins ./entities, ./mdurl and ./punycode.js; elsewhere it is
// bundled inline. The same functions of the same packages, only later.
export { decodeHTMLStrict } from 'entities/decode';
export * as mdurl from 'mdurl';
export { default as punycode } from 'punycode.js';
