#!/usr/bin/env python3
"""Makes the installers' icons from the PNG set in icons/ (rendered from icons/kith.svg by icons/render.sh):
packaging/windows/kith.ico, packaging/macos/kith.icns and packaging/linux/kith.png.

Both container formats simply hold PNG images, so the standard library is enough and a machine
without ImageMagick can remake them. The results are committed; run this again from the repository's
top folder after icons/render.sh whenever icons/kith.svg changes."""
import shutil
import struct
from pathlib import Path

ICONS = Path('icons')
PACKAGING = Path('packaging')


def png(size):
    return (ICONS / f'kith-{size}.png').read_bytes()


def ico(sizes):
    """A Windows icon: a directory of entries, each pointing at a whole PNG (readable since Windows Vista)."""
    header = struct.pack('<HHH', 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b'', b''
    for size in sizes:
        data = png(size)
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack('<BBBBHHII', side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns(types):
    """A macOS icon: 'icns', the total length, then one block per size (type, length, PNG), big-endian."""
    blocks = b''
    for kind, size in types:
        data = png(size)
        blocks += kind.encode('ascii') + struct.pack('>I', 8 + len(data)) + data
    return b'icns' + struct.pack('>I', 8 + len(blocks)) + blocks


if __name__ == '__main__':
    (PACKAGING / 'windows' / 'kith.ico').write_bytes(ico([16, 32, 48, 64, 128, 256]))
    # icp4/icp5/icp6: 16, 32, 64; ic07/ic08/ic09: 128, 256, 512; ic11/ic12/ic13/ic14: the retina pairs.
    (PACKAGING / 'macos' / 'kith.icns').write_bytes(icns([
        ('icp4', 16), ('icp5', 32), ('icp6', 64), ('ic07', 128), ('ic08', 256), ('ic09', 512),
        ('ic11', 32), ('ic12', 64), ('ic13', 256), ('ic14', 512)]))
    shutil.copyfile(ICONS / 'kith-256.png', PACKAGING / 'linux' / 'kith.png')
