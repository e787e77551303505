// jose 6 reaches the Web Crypto API through the global `crypto`, which Node.js
// provides only from version 19; Debian 12 ships Node.js 18, where the same API
// is exported by node:crypto. Imported first by open.mjs and seal.mjs, so the
// global exists before jose is evaluated.
import { webcrypto } from 'node:crypto';

if (globalThis.crypto === undefined) {
  globalThis.crypto = webcrypto;
}
