// Check a Watchdesk key card the way docs/format.md sections 8.1 to 8.3 describe it,
// without Watchdesk's code: the version, the self-signature of a version 2 card (Ed25519
// over the card's members but self_signature, as RFC 8785 canonical JSON), then the
// fingerprint (SHA-256 of the two raw public keys). Checks the other members only as far as
// needed to reach those checks; Watchdesk's own reader checks them all.
//
//   node keycard.mjs CARD_FILE
//
// Prints {"code": null, "self_signed": true|false, "fingerprint": "..."} for an accepted card,
// {"code": "<refusal code>", "message": "..."} for a refused one; exits 0 either way, and 2
// when it cannot run.

import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

const VERSION_1_MEMBERS = ['type', 'wdv', 'station_id', 'name', 'signing_key', 'encryption_key', 'created',
  'fingerprint'];

function refuse(code, message) {
  process.stdout.write(`${JSON.stringify({ code, message })}\n`);
  process.exit(0);
}

// RFC 8785 for JSON without floating-point numbers: object members sorted by their names'
// UTF-16 code units (JavaScript's default sort), no whitespace, JSON.stringify's escapes.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((name) => `${JSON.stringify(name)}:${canonical(value[name])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function base64urlBytes(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null; // canonical spelling only
}

const [cardPath] = process.argv.slice(2);
if (!cardPath) {
  process.stderr.write('usage: node keycard.mjs CARD_FILE\n');
  process.exit(2);
}
let card;
try {
  card = JSON.parse(readFileSync(cardPath, 'utf8'));
} catch (error) {
  refuse('not_json', `the key card is not valid JSON: ${error.message}`);
}
for (const member of VERSION_1_MEMBERS) {
  if (!(member in card)) refuse('missing_field', `the key card has no ${member} field`);
}
for (const member of Object.keys(card)) {
  if (!VERSION_1_MEMBERS.includes(member) && member !== 'self_signature') {
    refuse('unknown_field', `the key card has an unknown field ${member}`);
  }
}
if (card.type !== 'watchdesk-keycard') refuse('wrong_document_type', `type is ${card.type}`);
if (card.wdv !== 1 && card.wdv !== 2) refuse('unknown_version', `key card version ${card.wdv} is not supported`);
if (card.wdv === 1 && 'self_signature' in card) {
  refuse('unknown_field', 'a version 1 key card has no self_signature');
}
if (card.wdv === 2 && !('self_signature' in card)) {
  refuse('missing_self_signature', 'the version 2 key card has no self-signature');
}

const signingKey = base64urlBytes(card.signing_key?.x);
const encryptionKey = base64urlBytes(card.encryption_key?.x);
if (signingKey?.length !== 32 || encryptionKey?.length !== 32) refuse('bad_key', 'a key is not 32 bytes');

if (card.wdv === 2) {
  const signature = base64urlBytes(card.self_signature);
  const { self_signature: _signature, ...content } = card;
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: card.signing_key.x }, format: 'jwk' });
  let valid = false;
  try {
    valid = signature?.length === 64 && verify(null, Buffer.from(canonical(content), 'utf8'), publicKey, signature);
  } catch {
    valid = false; // a signing key that is no curve point verifies nothing
  }
  if (!valid) refuse('self_signature_mismatch', 'the self-signature does not match the card');
}

const digest = createHash('sha256').update(Buffer.concat([signingKey, encryptionKey])).digest('hex').toUpperCase();
const fingerprint = digest.slice(0, 40).match(/.{4}/g).join(' ');
if (card.fingerprint !== fingerprint) refuse('fingerprint_mismatch', `the keys give ${fingerprint}`);
process.stdout.write(`${JSON.stringify({ code: null, self_signed: card.wdv === 2, fingerprint })}\n`);
