// Open a Watchdesk sealed file with an independent JOSE implementation (jose, v6),
// following docs/format.md alone: decrypt the JWE, verify the inner JWS, check the
// headers the specification fixes, and print the signed payload (the claims JSON).
//
//   node open.mjs SEALED_FILE RECIPIENT_PRIVATE_X25519_JWK SENDER_PUBLIC_ED25519_JWK [HEADERS_OUT]
//
// HEADERS_OUT, when given, receives {"jwe": <JWE protected header>, "jws": <JWS protected header>}.
// Exits with status 1 and a message on stderr when the file fails any check.

import './webcrypto.mjs'; // before jose: Node.js 18 has no global Web Crypto
import { readFileSync, writeFileSync } from 'node:fs';
import { calculateJwkThumbprint, compactDecrypt, compactVerify, importJWK } from 'jose';

const MEDIA_TYPE = 'watchdesk-notice+jws';
const JWE_MEMBERS = ['alg', 'cty', 'enc', 'epk', 'kid', 'wd-msgid', 'wd-sender'];
const JWS_MEMBERS = ['alg', 'kid', 'typ'];

function fail(message) {
  process.stderr.write(`open.mjs: ${message}\n`);
  process.exit(1);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function publicPart(jwk) {
  // Only these members identify an OKP key (RFC 7638); "d" must never travel further.
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
}

function requireExactMembers(header, expected, layer) {
  const found = Object.keys(header).sort();
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    fail(`${layer} protected header has members ${found.join(', ')}; `
      + `the format requires exactly ${expected.join(', ')}`);
  }
}

const [sealedPath, recipientJwkPath, senderJwkPath, headersOutPath] = process.argv.slice(2);
if (!senderJwkPath) {
  fail('usage: node open.mjs SEALED_FILE RECIPIENT_PRIVATE_X25519_JWK SENDER_PUBLIC_ED25519_JWK [HEADERS_OUT]');
}

const bytes = readFileSync(sealedPath);
if (bytes.length > 1_048_576) fail(`file is ${bytes.length} bytes, over the 1 MiB limit`);
if (bytes.some((byte) => byte > 0x7f)) fail('file contains a non-ASCII byte');
let text = bytes.toString('ascii');
if (text.endsWith('\n')) text = text.slice(0, -1); // at most one final LF is allowed
if (!/^[A-Za-z0-9_\-.]+$/.test(text) || text.split('.').length !== 5) {
  fail('file is not one JWE compact serialization');
}

const recipientJwk = readJson(recipientJwkPath);
const senderJwk = readJson(senderJwkPath);
if (senderJwk.d !== undefined) fail('the sender key must be a public JWK');

let decrypted;
try {
  decrypted = await compactDecrypt(text, await importJWK(recipientJwk, 'ECDH-ES+A256KW'), {
    keyManagementAlgorithms: ['ECDH-ES+A256KW'],
    contentEncryptionAlgorithms: ['A256GCM'],
  });
} catch (error) {
  fail(`decryption failed: ${error.code ?? ''} ${error.message}`);
}
const jweHeader = decrypted.protectedHeader;
requireExactMembers(jweHeader, JWE_MEMBERS, 'JWE');
if (jweHeader.cty !== MEDIA_TYPE) fail(`JWE cty is ${jweHeader.cty}`);
if (jweHeader.kid !== (await calculateJwkThumbprint(publicPart(recipientJwk), 'sha256'))) {
  fail('JWE kid is not the thumbprint of the recipient key');
}
if (jweHeader.epk.kty !== 'OKP' || jweHeader.epk.crv !== 'X25519') fail('JWE epk is not an X25519 key');

const innerJws = new TextDecoder('ascii', { fatal: true }).decode(decrypted.plaintext);
let verified;
try {
  verified = await compactVerify(innerJws, await importJWK(senderJwk, 'EdDSA'), { algorithms: ['EdDSA'] });
} catch (error) {
  fail(`signature verification failed: ${error.code ?? ''} ${error.message}`);
}
const jwsHeader = verified.protectedHeader;
requireExactMembers(jwsHeader, JWS_MEMBERS, 'JWS');
if (jwsHeader.typ !== MEDIA_TYPE) fail(`JWS typ is ${jwsHeader.typ}`);
if (jwsHeader.kid !== (await calculateJwkThumbprint(publicPart(senderJwk), 'sha256'))) {
  fail('JWS kid is not the thumbprint of the sender key');
}

const payloadText = new TextDecoder('utf-8', { fatal: true }).decode(verified.payload);
const claims = JSON.parse(payloadText);
if (claims.iss !== jweHeader['wd-sender']) fail('claim iss differs from wd-sender');
if (claims.jti !== jweHeader['wd-msgid']) fail('claim jti differs from wd-msgid');

if (headersOutPath) writeFileSync(headersOutPath, JSON.stringify({ jwe: jweHeader, jws: jwsHeader }));
process.stdout.write(`${payloadText}\n`);
