// The buffer module's other exports: Blob, File, isUtf8, isAscii, transcode, constants.
const buffer = require('buffer');
console.log(buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH, buffer.INSPECT_MAX_BYTES, buffer.Buffer === Buffer, typeof buffer.SlowBuffer);
console.log(buffer.isUtf8(Buffer.from('héllo')), buffer.isUtf8(Buffer.from([0xff])), buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('é')));
console.log(buffer.transcode(Buffer.from('héllo'), 'utf8', 'latin1'), buffer.transcode(Buffer.from('hi'), 'utf8', 'ucs2'));
const blob = new buffer.Blob(['hello ', Buffer.from('world'), new Uint8Array([33])], { type: 'Text/Plain' });
console.log(blob.size, blob.type, blob instanceof Blob, blob);
(async () => {
  console.log(await blob.text(), (await blob.arrayBuffer()).byteLength, await blob.slice(0, 5).text(), await blob.slice(-6, -1).text());
  const file = new buffer.File(['data'], 'name.txt', { type: 'text/plain', lastModified: 42 });
  console.log(file.name, file.lastModified, file.size, file.type, file instanceof buffer.Blob);
  console.log(buffer.atob('aGk='), buffer.btoa('hi'));
})();
