// v8.Serializer/Deserializer and their Default forms: raw fields between values, host objects
// written and read by JS (nested values too), transferred ArrayBuffers, SharedArrayBuffer ids,
// clone errors, Buffers and unaligned views, data written by Node 20, and argument errors.
const v8 = require('v8');

const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.constructor.name, e.code, e.message);
  }
};

// Raw fields around a value.
{
  const s = new v8.Serializer();
  s.writeHeader();
  s.writeUint32(7);
  s.writeUint32(0xffffffff);
  s.writeUint64(0x12345678, 0x9abcdef0);
  s.writeDouble(-2.5);
  s.writeRawBytes(Buffer.from('raw!'));
  s.writeRawBytes(new Uint16Array([1, 2]));
  s.writeValue('between');
  s.writeDouble(Math.PI);
  const bytes = s.releaseBuffer();
  console.log('released', Buffer.isBuffer(bytes), bytes.length);
  const d = new v8.Deserializer(bytes);
  console.log('own keys', Object.keys(d), d.buffer === bytes, d.readHeader());
  console.log(d.readUint32(), d.readUint32(), d.readUint64(), d.readDouble());
  const raw = d.readRawBytes(4);
  console.log(raw.toString(), raw.buffer === bytes.buffer, Buffer.isBuffer(raw));
  console.log(d._readRawBytes(4), d.readValue(), d.readDouble());
  show('past the end uint32', () => d.readUint32());
  show('past the end uint64', () => d.readUint64());
  show('past the end double', () => d.readDouble());
  show('past the end raw', () => d.readRawBytes(1));
  console.log('released again', new v8.Serializer().releaseBuffer().length);
}

// Host objects: typed arrays written as [kind, length, values] by JS, and a nested value.
class TaggedSerializer extends v8.Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
    this.calls = 0;
  }
  _writeHostObject(view) {
    this.calls++;
    this.writeUint32(view.constructor.name.length);
    this.writeRawBytes(Buffer.from(view.constructor.name));
    this.writeValue({ note: 'nested', length: view.length });
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}
class TaggedDeserializer extends v8.Deserializer {
  _readHostObject() {
    const name = this.readRawBytes(this.readUint32()).toString();
    const nested = this.readValue();
    const bytes = Buffer.from(this.readRawBytes(this.readUint32()));
    return { name, nested, sum: [...bytes].reduce((a, b) => a + b, 0) };
  }
}
{
  const s = new TaggedSerializer();
  s.writeHeader();
  const shared = new Int16Array([1, 2, 300]);
  console.log('write', s.writeValue({ a: shared, b: [new Float32Array([0.5]), shared], c: 'text' }));
  console.log('host calls', s.calls);
  const d = new TaggedDeserializer(s.releaseBuffer());
  console.log('header', d.readHeader());
  const value = d.readValue();
  console.log(JSON.stringify(value), value.a === value.b[1]);
}

// A reader that is missing or returns something other than an object.
{
  const s = new TaggedSerializer();
  s.writeHeader();
  s.writeValue(new Uint8Array([1]));
  const bytes = s.releaseBuffer();
  const plain = new v8.Deserializer(bytes);
  plain.readHeader();
  show('no reader', () => plain.readValue());
  const bad = new v8.Deserializer(bytes);
  bad._readHostObject = () => 42;
  bad.readHeader();
  show('reader returns a number', () => bad.readValue());
  const throwing = new v8.Deserializer(bytes);
  throwing._readHostObject = () => {
    throw new RangeError('reader failed');
  };
  throwing.readHeader();
  show('reader throws', () => throwing.readValue());
}

// Writers: missing, throwing, and clone errors through _getDataCloneError.
{
  const s = new v8.Serializer();
  s._setTreatArrayBufferViewsAsHostObjects(true);
  show('no writer', () => s.writeValue(new Uint8Array(2)));
  s._writeHostObject = () => {
    throw new SyntaxError('writer failed');
  };
  show('writer throws', () => s.writeValue([new Uint8Array(2)]));
  class CloneError extends Error {}
  s._getDataCloneError = function (message) {
    return new CloneError(`custom: ${message} (${this === s})`);
  };
  show('function', () => s.writeValue({ f() {} }));
  show('symbol', () => s.writeValue(Symbol('s')));
  show('shared buffer without ids', () => new v8.Serializer().writeValue(new SharedArrayBuffer(4)));
}

// Transferred ArrayBuffers, and SharedArrayBuffer ids asked for while writing.
{
  const s = new v8.Serializer();
  const moved = new ArrayBuffer(8);
  new Uint8Array(moved).set([9, 8, 7]);
  s.transferArrayBuffer(3, moved);
  s.writeHeader();
  s.writeValue({ moved, view: new Uint8Array(moved, 1, 2) });
  const d = new v8.Deserializer(s.releaseBuffer());
  const target = new ArrayBuffer(8);
  new Uint8Array(target).set([1, 2, 3, 4]);
  d.transferArrayBuffer(3, target);
  d.readHeader();
  const value = d.readValue();
  console.log(value.moved === target, [...value.view]);
  const ss = new v8.Serializer();
  const sab = new SharedArrayBuffer(4);
  const asked = [];
  ss._getSharedArrayBufferId = function (buffer) {
    asked.push(buffer === sab && this === ss);
    return '5';
  };
  ss.writeHeader();
  console.log('sab written', ss.writeValue([sab, sab, new Int32Array(sab)]), asked);
  show('transfer a view', () => s.transferArrayBuffer(1, new Uint8Array(2)));
  show('deserializer transfer a string', () => d.transferArrayBuffer(1, 'x'));
  show('deserializer transfer a shared buffer', () => d.transferArrayBuffer(1, sab));
}

// The Default forms: Buffers keep their class, views share the input when aligned.
{
  const s = new v8.DefaultSerializer();
  s.writeHeader();
  s.writeUint32(1); // shifts what follows by one byte
  s.writeValue({ buf: Buffer.from('hi'), f64: new Float64Array([1.25, -3]), dv: new DataView(new ArrayBuffer(3)), big: new BigInt64Array([-5n]) });
  const bytes = s.releaseBuffer();
  const d = new v8.DefaultDeserializer(bytes);
  d.readHeader();
  console.log('field', d.readUint32());
  const v = d.readValue();
  console.log(Buffer.isBuffer(v.buf), v.buf.toString(), v.buf.buffer === bytes.buffer);
  console.log(v.f64, v.dv.byteLength, v.big);
  console.log(typeof v8.DefaultSerializer.prototype._writeHostObject, Object.keys(v8.DefaultSerializer.prototype));
  show('default writer, plain object', () => new v8.DefaultSerializer()._writeHostObject({}));
}

// Bytes that Node 20 wrote (format 15) read back.
show('node 20 bytes', () =>
  v8.deserialize(Buffer.from('ff0f6f220161410449024904490649082400042201622201632201635c0a0268697b03', 'hex')),
);

// Constructors and argument errors.
show('call Serializer', () => v8.Serializer());
show('call Deserializer', () => v8.Deserializer(Buffer.alloc(1)));
show('deserializer of a string', () => new v8.Deserializer('abc'));
show('raw bytes of a string', () => new v8.Serializer().writeRawBytes('abc'));
show('bad header', () => new v8.Deserializer(Buffer.from([1, 2])).readHeader());
show('deserialize a number', () => v8.deserialize(5));
show('prototype names', () => [Object.keys(v8.Serializer.prototype).join(), Object.keys(v8.Deserializer.prototype).join()]);
show('lengths', () => [v8.Serializer.length, v8.Deserializer.length, v8.Serializer.name]);
