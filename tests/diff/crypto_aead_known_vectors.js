// AEAD known answers: AES-GCM test cases from the GCM specification (McGrew & Viega) and the
// ChaCha20-Poly1305 example of RFC 8439, section 2.8.2; each sealed, opened and tampered with.
const crypto = require('crypto');

const h = (s) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

const cases = [
  {
    name: 'aes-128-gcm', key: '00000000000000000000000000000000', iv: '000000000000000000000000',
    plain: '', aad: '',
  },
  {
    name: 'aes-128-gcm', key: '00000000000000000000000000000000', iv: '000000000000000000000000',
    plain: '00000000000000000000000000000000', aad: '',
  },
  {
    name: 'aes-128-gcm', key: 'feffe9928665731c6d6a8f9467308308', iv: 'cafebabefacedbaddecaf888',
    plain: `d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39`,
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
  },
  {
    name: 'aes-128-gcm', key: 'feffe9928665731c6d6a8f9467308308', iv: 'cafebabefacedbad',
    plain: `d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39`,
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
  },
  {
    name: 'aes-256-gcm', key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
    iv: '9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b',
    plain: `d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39`,
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
  },
  {
    name: 'chacha20-poly1305', key: '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f',
    iv: '070000004041424344454647',
    plain: Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.").toString('hex'),
    aad: '50515253c0c1c2c3c4c5c6c7',
  },
];

for (const c of cases) {
  const cipher = crypto.createCipheriv(c.name, h(c.key), h(c.iv));
  cipher.setAAD(h(c.aad));
  const sealed = Buffer.concat([cipher.update(h(c.plain)), cipher.final()]);
  const tag = cipher.getAuthTag();
  console.log(c.name, h(c.iv).length, sealed.toString('hex'), tag.toString('hex'));

  const decipher = crypto.createDecipheriv(c.name, h(c.key), h(c.iv));
  decipher.setAAD(h(c.aad));
  decipher.setAuthTag(tag);
  const opened = Buffer.concat([decipher.update(sealed), decipher.final()]);
  console.log('  opened', opened.equals(h(c.plain)));

  for (const what of ['tag', 'aad', 'text']) {
    const d = crypto.createDecipheriv(c.name, h(c.key), h(c.iv));
    const badTag = Buffer.from(tag);
    if (what === 'tag') badTag[0] ^= 1;
    d.setAAD(what === 'aad' ? Buffer.concat([h(c.aad), Buffer.from([0])]) : h(c.aad));
    d.setAuthTag(badTag);
    const text = Buffer.from(sealed);
    if (what === 'text' && text.length) text[text.length - 1] ^= 0x80;
    d.update(text);
    try {
      d.final();
      console.log('  tampered', what, 'accepted');
    } catch (e) {
      console.log('  tampered', what, e.message);
    }
  }
}
