// The data segments of a wasm module: where each byte of linear memory's
// initial image lies in the file. Shared by tools/split-zh.mjs (which blanks
// the Chinese text) and tools/offline.mjs (which puts it back).

/** Unsigned LEB128 at `i`: [value, next index]. */
function uleb(b, i) {
  let r = 0;
  let s = 0;
  let x;
  do {
    x = b[i++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
  } while (x & 0x80);
  return [r, i];
}

/** Signed LEB128 (32-bit) at `i`: [value, next index]. */
function sleb(b, i) {
  let r = 0;
  let s = 0;
  let x;
  do {
    x = b[i++];
    r |= (x & 0x7f) << s;
    s += 7;
  } while (x & 0x80);
  if (s < 32 && x & 0x40) r |= -1 << s;
  return [r, i];
}

/**
 * Active data segments of `wasm` (a Buffer): [{ addr, file, len }], where
 * memory bytes addr..addr+len are file bytes file..file+len. Throws on a
 * module this parser does not understand (a new wasm-opt or toolchain).
 */
export function dataSegments(wasm) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const segs = [];
  let i = 8;
  while (i < wasm.length) {
    const id = wasm[i++];
    let size;
    [size, i] = uleb(wasm, i);
    const end = i + size;
    if (id === 11) {
      let n;
      [n, i] = uleb(wasm, i);
      for (let k = 0; k < n; k++) {
        let flag;
        [flag, i] = uleb(wasm, i);
        let addr = null;
        if (flag === 0 || flag === 2) {
          if (flag === 2) [, i] = uleb(wasm, i);
          if (wasm[i++] !== 0x41) throw new Error('a data segment offset is not an i32.const');
          [addr, i] = sleb(wasm, i);
          if (wasm[i++] !== 0x0b) throw new Error('a data segment offset expression is not one constant');
        } else if (flag !== 1) {
          throw new Error(`unknown data segment kind ${flag}`);
        }
        let len;
        [len, i] = uleb(wasm, i);
        if (addr !== null) segs.push({ addr: addr >>> 0, file: i, len });
        i += len;
      }
    }
    i = end;
  }
  return segs;
}

/**
 * The file offset of memory bytes addr..addr+len, if one segment holds them
 * all; else null.
 */
export function fileOffset(segs, addr, len) {
  for (const s of segs) {
    if (addr >= s.addr && addr + len <= s.addr + s.len) return s.file + (addr - s.addr);
  }
  return null;
}

/** The patch file's magic: "ZHP1". */
export const PATCH_MAGIC = Buffer.from('ZHP1');

/**
 * Entries of a patch (see tools/split-zh.mjs): [{ addr, bytes }].
 * Throws on a malformed patch.
 */
export function readPatch(buf) {
  if (buf.length < 4 || !buf.subarray(0, 4).equals(PATCH_MAGIC)) throw new Error('not a ZHP1 patch');
  const out = [];
  let i = 4;
  while (i < buf.length) {
    if (i + 8 > buf.length) throw new Error('truncated patch entry');
    const addr = buf.readUInt32LE(i);
    const len = buf.readUInt32LE(i + 4);
    i += 8;
    if (i + len > buf.length) throw new Error('truncated patch bytes');
    out.push({ addr, bytes: buf.subarray(i, i + len) });
    i += len;
  }
  return out;
}

/** The marker the app reads to know whether its Chinese text is in place. */
export const MARK_FULL = Buffer.from('two-economies:zh-text:1');
export const MARK_SPLIT = Buffer.from('two-economies:zh-text:0');
