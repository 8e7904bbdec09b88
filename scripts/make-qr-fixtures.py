#!/usr/bin/env python3
"""Make the QR code fixtures of test/email/qr.test.ts (test/fixtures/qr/*.png, *.jpg).

Run once: python3 scripts/make-qr-fixtures.py (needs Pillow). The files are committed; the tests
never run this. The encoder below is a small pure-Python QR code writer (byte mode, error
correction level L, versions 1-6, mask 0), enough for short payloads.
"""
import io, os
from PIL import Image

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'qr')
# --------------------------------------------------------------------- QR code
def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z

def _rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(len(result)):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < len(result):
                result[j] ^= result[j + 1]
        root = _gf_mul(root, 0x02)
    return result

def _rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _gf_mul(coef, factor)
    return result

_ECC_L = [-1, 7, 10, 15, 20, 26, 18]
_BLK_L = [-1, 1, 1, 1, 1, 1, 2]

def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
    return r

def _align_pos(ver, size):
    if ver == 1:
        return []
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))

def qr_matrix(text):
    data = text.encode('utf-8')
    for ver in range(1, 7):
        cap = _raw_modules(ver) // 8 - _ECC_L[ver] * _BLK_L[ver]
        if len(data) + 2 <= cap:
            break
    else:
        raise ValueError('too long for QR helper')
    size = ver * 4 + 17
    bits = [0, 1, 0, 0] + [(len(data) >> i) & 1 for i in reversed(range(8))]
    for b in data:
        bits += [(b >> i) & 1 for i in reversed(range(8))]
    capbits = cap * 8
    bits += [0] * min(4, capbits - len(bits))
    bits += [0] * (-len(bits) % 8)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    # interleave with ECC
    nb, ecl = _BLK_L[ver], _ECC_L[ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(ecl)
    blocks, k = [], 0
    for i in range(nb):
        dat = cw[k:k + shortlen - ecl + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    allcw = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecl or j >= nshort:
                allcw.append(blk[i])
    M = [[False] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]

    def setf(x, y, d):
        M[y][x] = d
        F[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    dist = max(abs(dx), abs(dy))
                    setf(x, y, dist not in (2, 4))
    ap = _align_pos(ver, size)
    for i in range(len(ap)):
        for j in range(len(ap)):
            if (i == 0 and j == 0) or (i == 0 and j == len(ap) - 1) or (i == len(ap) - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
    mask = 0

    def draw_format():
        d = (1 << 3) | mask
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = ((d << 10) | rem) ^ 0x5412
        g = lambda i: ((b >> i) & 1) != 0
        for i in range(6):
            setf(8, i, g(i))
        setf(8, 7, g(6)); setf(8, 8, g(7)); setf(7, 8, g(8))
        for i in range(9, 15):
            setf(14 - i, 8, g(i))
        for i in range(8):
            setf(size - 1 - i, 8, g(i))
        for i in range(8, 15):
            setf(8, size - 15 + i, g(i))
        setf(8, size - 8, True)
    draw_format()  # reserve
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not F[y][x] and i < len(allcw) * 8:
                    M[y][x] = ((allcw[i >> 3] >> (7 - (i & 7))) & 1) != 0
                    i += 1
        right -= 2
    for y in range(size):
        for x in range(size):
            if not F[y][x] and (x + y) % 2 == 0:
                M[y][x] = not M[y][x]
    draw_format()
    return M

def qr_png(text, scale=6, border=4):
    M = qr_matrix(text)
    n = len(M)
    img = Image.new('L', ((n + 2 * border) * scale,) * 2, 255)
    px = img.load()
    for y in range(n):
        for x in range(n):
            if M[y][x]:
                for dy in range(scale):
                    for dx in range(scale):
                        px[(x + border) * scale + dx, (y + border) * scale + dy] = 0
    buf = io.BytesIO()
    img.save(buf, 'PNG')
    return buf.getvalue()


def qr_image(text, scale=6, border=4):
    return Image.open(io.BytesIO(qr_png(text, scale, border)))


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    # (1) sign-in page on a free host (web.app), for the "scan to re-authenticate" lure
    with open(os.path.join(OUT, 'signin.png'), 'wb') as f:
        f.write(qr_png('https://mailbox-reauth-portal.web.app/login?session=8841'))
    # (2) an event ticket: the payload is a ticket id, not a URL
    with open(os.path.join(OUT, 'ticket.png'), 'wb') as f:
        f.write(qr_png('TKT-2025-004815-A-ROW12-SEAT7'))
    # (3) the sender's own site, as a JPEG (the other decoder)
    qr_image('https://tickets.venue.example/t/88121', 5).convert('RGB').save(
        os.path.join(OUT, 'own-site.jpg'), 'JPEG', quality=90)
    print('wrote', sorted(os.listdir(OUT)))
