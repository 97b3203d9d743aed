// KeyObjects and CryptoKeys through structured clones: structuredClone, a MessageChannel and a
// worker; the copies work as the originals (encrypt, sign, export) and inspect the same.
const crypto = require('crypto');
const util = require('util');
const { Worker, isMainThread, parentPort, workerData, MessageChannel } = require('worker_threads');
const { ED_PKCS8 } = require('./shared/test_keys');

if (isMainThread) {
  const secret = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
  const privateKey = crypto.createPrivateKey(ED_PKCS8);
  const publicKey = crypto.createPublicKey(privateKey);

  const copies = structuredClone({ secret, privateKey, publicKey });
  console.log(util.inspect(copies.secret), util.inspect(copies.privateKey));
  console.log(copies.secret instanceof crypto.KeyObject, copies.secret.type, copies.secret.symmetricKeySize, copies.secret.equals(secret));
  console.log(copies.publicKey.asymmetricKeyType, copies.publicKey.equals(publicKey), copies.privateKey.export({ format: 'pem', type: 'pkcs8' }) === ED_PKCS8);
  const signature = crypto.sign(null, Buffer.from('cloned'), copies.privateKey);
  console.log('verify with original', crypto.verify(null, Buffer.from('cloned'), publicKey, signature));
  console.log(Object.keys(copies.secret), Object.getOwnPropertySymbols(copies.secret).length === Object.getOwnPropertySymbols(secret).length);

  (async () => {
    const { subtle } = globalThis.crypto;
    const aes = await subtle.importKey('raw', Buffer.alloc(16, 1), 'AES-GCM', false, ['encrypt', 'decrypt']);
    const aesCopy = structuredClone(aes);
    console.log(aesCopy, aesCopy instanceof CryptoKey, aesCopy.extractable, aesCopy.usages);
    const iv = Buffer.alloc(12, 2);
    const sealed = await subtle.encrypt({ name: 'AES-GCM', iv }, aesCopy, Buffer.from('through a clone'));
    console.log(Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv }, aes, sealed)).toString());

    const { port1, port2 } = new MessageChannel();
    port2.once('message', (message) => {
      console.log('port', message.key.type, message.key.equals(secret), message.crypto.algorithm);
      port2.close();
      const worker = new Worker(__filename, { workerData: { privateKey, aes } });
      worker.on('message', (m) => console.log('worker says', m));
      worker.on('exit', (code) => console.log('worker exit', code));
    });
    port1.postMessage({ key: secret, crypto: aes });
  })();
} else {
  const { privateKey, aes } = workerData;
  const signature = crypto.sign(null, Buffer.from('from worker'), privateKey);
  const publicKey = crypto.createPublicKey(privateKey);
  globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12) }, aes, Buffer.from('x')).then((sealed) => {
    parentPort.postMessage([privateKey.type, crypto.verify(null, Buffer.from('from worker'), publicKey, signature), sealed.byteLength, aes.algorithm.name]);
  });
}
