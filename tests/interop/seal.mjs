// Seal a Watchdesk notice with an independent JOSE implementation (jose, v6),
// following docs/format.md alone: sign the claims with EdDSA, encrypt the JWS with
// ECDH-ES+A256KW / A256GCM to the recipient's X25519 key, write the file plus one LF.
//
//   node seal.mjs NOTICE_JSON CLAIMS_JSON SENDER_PRIVATE_ED25519_JWK RECIPIENT_PUBLIC_X25519_JWK OUT_FILE
//
// CLAIMS_JSON holds iss, aud, jti, seq, iat and wdv; the notice is added as the "notice" claim.

import './webcrypto.mjs'; // before jose: Node.js 18 has no global Web Crypto
import { writeFileSync, readFileSync } from 'node:fs';
import { CompactEncrypt, CompactSign, calculateJwkThumbprint, importJWK } from 'jose';

const MEDIA_TYPE = 'watchdesk-notice+jws';

function fail(message) {
  process.stderr.write(`seal.mjs: ${message}\n`);
  process.exit(1);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function publicPart(jwk) {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
}

const [noticePath, claimsPath, senderJwkPath, recipientJwkPath, outPath] = process.argv.slice(2);
if (!outPath) {
  fail('usage: node seal.mjs NOTICE_JSON CLAIMS_JSON SENDER_PRIVATE_ED25519_JWK RECIPIENT_PUBLIC_X25519_JWK OUT_FILE');
}

const notice = readJson(noticePath);
const claims = { ...readJson(claimsPath), notice };
const senderJwk = readJson(senderJwkPath);
const recipientJwk = readJson(recipientJwkPath);
if (recipientJwk.d !== undefined) fail('the recipient key must be a public JWK');

const signed = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
  .setProtectedHeader({
    alg: 'EdDSA',
    typ: MEDIA_TYPE,
    kid: await calculateJwkThumbprint(publicPart(senderJwk), 'sha256'),
  })
  .sign(await importJWK(senderJwk, 'EdDSA'));

const sealed = await new CompactEncrypt(new TextEncoder().encode(signed))
  .setProtectedHeader({
    alg: 'ECDH-ES+A256KW',
    enc: 'A256GCM',
    kid: await calculateJwkThumbprint(publicPart(recipientJwk), 'sha256'),
    cty: MEDIA_TYPE,
    'wd-sender': claims.iss,
    'wd-msgid': claims.jti,
  })
  .encrypt(await importJWK(recipientJwk, 'ECDH-ES+A256KW'));

// flag "wx": a sealed file is never overwritten (docs/format.md section 11).
writeFileSync(outPath, `${sealed}\n`, { encoding: 'ascii', flag: 'wx' });
