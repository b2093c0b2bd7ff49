import { inflateSync } from 'node:zlib';

/** Just enough PNG decoding to read the first pixel of a Chromium screenshot (8-bit RGB/RGBA). */
export const PNG = {
  firstPixel(png: Buffer): [number, number, number] {
    let offset = 8;
    let channels = 4;
    const data: Buffer[] = [];
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      const type = png.toString('ascii', offset + 4, offset + 8);
      const body = png.subarray(offset + 8, offset + 8 + length);
      if (type === 'IHDR') channels = body[9] === 6 ? 4 : 3;
      if (type === 'IDAT') data.push(body);
      offset += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(data));
    // Row 0 starts with a filter byte; filters 0 (none) and 1 (sub) leave the first pixel as is.
    return [raw[1]!, raw[2]!, raw[3]!].slice(0, channels) as [number, number, number];
  },
};
