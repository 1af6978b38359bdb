// The Azure HTTP runtime's CJS build require()s these ESM-only packages; loading them first
// avoids "Cannot require() ES Module ... in a cycle" in every suite (toolchain-notes.md).
import 'https-proxy-agent';
import 'http-proxy-agent';
