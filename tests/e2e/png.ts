import { inflateSync } from 'node:zlib';

/** Just enough PNG decoding to read a Chromium screenshot (8-bit RGB/RGBA, not interlaced). */
export const PNG = {
  /** Whether any pixel is within `tolerance` of `rgb` in every channel. */
  hasColour(png: Buffer, rgb: readonly number[], tolerance = 8): boolean {
    const { width, height, channels, raw } = decode(png);
    const stride = width * channels;
    let prev = new Uint8Array(stride);
    for (let y = 0; y < height; y++) {
      const at = y * (stride + 1);
      const filter = raw[at]!;
      const line = new Uint8Array(raw.subarray(at + 1, at + 1 + stride));
      for (let i = 0; i < stride; i++) {
        const left = i >= channels ? line[i - channels]! : 0;
        const up = prev[i]!;
        const upLeft = i >= channels ? prev[i - channels]! : 0;
        const paeth = () => {
          const p = left + up - upLeft;
          const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
          return a <= b && a <= c ? left : b <= c ? up : upLeft;
        };
        const add = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth() : 0;
        line[i] = (line[i]! + add) & 0xff;
      }
      for (let x = 0; x < stride; x += channels) {
        if (Math.abs(line[x]! - rgb[0]!) <= tolerance && Math.abs(line[x + 1]! - rgb[1]!) <= tolerance && Math.abs(line[x + 2]! - rgb[2]!) <= tolerance) return true;
      }
      prev = line;
    }
    return false;
  },
  firstPixel(png: Buffer): [number, number, number] {
    const { channels, raw } = decode(png);
    // Row 0 starts with a filter byte; filters 0 (none) and 1 (sub) leave the first pixel as is.
    return [raw[1]!, raw[2]!, raw[3]!].slice(0, channels) as [number, number, number];
  },
};

function decode(png: Buffer): { width: number; height: number; channels: number; raw: Buffer } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = body[9] === 6 ? 4 : 3;
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  return { width, height, channels, raw: inflateSync(Buffer.concat(data)) };
}
