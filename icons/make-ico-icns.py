#!/usr/bin/env python3
"""Packs the rendered PNGs into battlescope.ico (Windows) and battlescope.icns (macOS).

Standard library only: both formats can hold PNG images as they are. Run after render.sh.
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def png(size):
    with open(os.path.join(HERE, f"battlescope-{size}.png"), "rb") as f:
        return f.read()


def write_ico(sizes):
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    with open(os.path.join(HERE, "battlescope.ico"), "wb") as f:
        f.write(out + b"".join(images))


def write_icns(types):
    body = b"".join(t.encode("ascii") + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
    with open(os.path.join(HERE, "battlescope.icns"), "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    write_ico([16, 24, 32, 48, 64, 128, 256])
    # PNG-holding icns types: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic11 32 (16@2x)
    write_icns([("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic11", 32)])
