"""Chooses BattleScope's model palettes (independent of the Java code; kept for the record).

Light and dark theme each get 12 colours, the same hue family at the same index. Constraints checked here and in
ModelPaletteTest: WCAG contrast >= 3 against the light background and >= 4.5 against the dark chart background;
pairwise CIE76 distance in Lab under normal vision and simulated protanopia, deuteranopia and tritanopia
(Machado et al. 2009, severity 1) as large as possible. Run: python3 choose_palette.py LIGHT,... DARK,... to report on two palettes; search() chooses them.
"""
import itertools, math, random

def srgb_to_lin(c):
    c = c / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

def lin_to_srgb(v):
    v = min(1.0, max(0.0, v))
    return 255.0 * (12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055)

def hex_rgb(h):
    h = h.lstrip('#'); return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))

def luminance(rgb):
    r, g, b = (srgb_to_lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b

def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)

MACHADO = {
    'protan': [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    'deutan': [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    'tritan': [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}

def simulate(rgb, kind):
    if kind == 'normal':
        return rgb
    lin = [srgb_to_lin(c) for c in rgb]
    m = MACHADO[kind]
    return tuple(lin_to_srgb(sum(m[i][j] * lin[j] for j in range(3))) for i in range(3))

def lab(rgb):
    r, g, b = (srgb_to_lin(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)

def de(a, b):
    return math.dist(lab(a), lab(b))

KINDS = ['normal', 'protan', 'deutan', 'tritan']

def min_distances(cols):
    out = {}
    for k in KINDS:
        sims = [simulate(c, k) for c in cols]
        out[k] = min(de(a, b) for a, b in itertools.combinations(sims, 2))
    return out

LIGHT_BG = hex_rgb('#ffffff')
DARK_BG = hex_rgb('#0d1117')

def report(name, hexes, bg, need):
    cols = [hex_rgb(h) for h in hexes]
    cr = [contrast(c, bg) for c in cols]
    print(name, 'min contrast %.2f (need %.1f)' % (min(cr), need), {k: round(v, 1) for k, v in min_distances(cols).items()})

if __name__ == '__main__':
    import sys
    light = sys.argv[1].split(',') if len(sys.argv) > 2 else None
    dark = sys.argv[2].split(',') if len(sys.argv) > 2 else None
    if light:
        report('light', light, LIGHT_BG, 3.0)
        report('dark', dark, DARK_BG, 4.5)



def search(bg, need, l_min, l_max, seed=1, n=20, restarts=6):
    """Farthest-point search over an sRGB grid (step 17) within a CIELAB lightness band: n colours, the most
    distinct first, whose smallest distance under any of the four visions is as large as the restarts find.
    The palettes in ModelPalette: search(LIGHT_BG, 3.0, 35, 62) and search(DARK_BG, 4.5, 55, 88) -- the
    lightness bands keep lines apart by hue rather than near-black (light) or near-white (dark) shades."""
    grid = range(0, 256, 17)
    cands = [c for c in ((r, g, b) for r in grid for g in grid for b in grid)
             if contrast(c, bg) >= need and l_min <= lab(c)[0] <= l_max]
    labs = {k: [lab(simulate(c, k)) for c in cands] for k in KINDS}
    def d(i, j):
        return min(math.dist(labs[k][i], labs[k][j]) for k in KINDS)
    rnd = random.Random(seed)
    best, best_score = None, -1
    for _ in range(restarts):
        chosen = [rnd.randrange(len(cands))]
        dist = [d(i, chosen[0]) for i in range(len(cands))]
        while len(chosen) < n:
            nxt = max(range(len(cands)), key=lambda i: dist[i])
            chosen.append(nxt)
            dist = [min(dist[i], d(i, nxt)) for i in range(len(cands))]
        score = min(d(a, b) for a, b in itertools.combinations(chosen, 2))
        if score > best_score:
            best, best_score = chosen, score
    return ['#%02X%02X%02X' % cands[i] for i in best], best_score
