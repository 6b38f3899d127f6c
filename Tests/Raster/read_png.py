"""Reads a PNG with nothing but Python's zlib, as an independent check of Tre's PNG writer:
every chunk's CRC, the image data inflated and each row un-filtered (all five PNG filters).
Prints width, height and the RGB of each pixel asked for: read_png.py FILE X,Y [X,Y ...]."""
import struct
import sys
import zlib

data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
at, idat = 8, b""
while at < len(data):
    length, kind = struct.unpack(">I4s", data[at:at + 8])
    body = data[at + 8:at + 8 + length]
    (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
    assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc, "bad CRC in " + kind.decode()
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    at += 12 + length
assert depth == 8 and colour in (2, 6), "8-bit RGB or RGBA expected"
bpp = 3 if colour == 2 else 4
raw = zlib.decompress(idat)
stride = 1 + width * bpp
assert len(raw) == stride * height, "image data of the wrong size"
rows, previous = [], bytearray(width * bpp)
for y in range(height):
    kind, row = raw[y * stride], bytearray(raw[y * stride + 1:(y + 1) * stride])
    for k in range(len(row)):
        left = row[k - bpp] if k >= bpp else 0
        up, corner = previous[k], previous[k - bpp] if k >= bpp else 0
        if kind == 1:
            row[k] = (row[k] + left) & 255
        elif kind == 2:
            row[k] = (row[k] + up) & 255
        elif kind == 3:
            row[k] = (row[k] + (left + up) // 2) & 255
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            row[k] = (row[k] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        else:
            assert kind == 0, "unknown filter"
    rows.append(row)
    previous = row
print(width, height)
for point in sys.argv[2:]:
    x, y = map(int, point.split(","))
    print(",".join(str(value) for value in rows[y][x * bpp:x * bpp + 3]))
