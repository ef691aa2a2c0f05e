#!/usr/bin/env python3
"""Writes idna-labels.tsv: random domain labels and what Python's `idna` package (IDNA 2008) makes of them.

Each line: <label> TAB <idna.encode(label)> (the A-label, or "!" when the package refuses the label).
tests/unit/tst_mail_idna compares server-agent/mail/Idna with these answers. Labels come from 22 scripts plus
digits, hyphens, combining marks and the joiners, and use only code points assigned in Unicode 14 (the version
of Debian 12's libidn2 and of Python 3.11's unicodedata), 1 to 8 of them.

Regenerate with:  python3 tests/data/mail/idna-labels.py > tests/data/mail/idna-labels.tsv
"""
import random
import sys
import unicodedata

import idna

SCRIPTS = [
    (0x0061, 0x007A),  # Latin
    (0x00DF, 0x024F),  # Latin-1 letters, Latin Extended-A/B
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x0531, 0x058F),  # Armenian
    (0x05D0, 0x05F4),  # Hebrew
    (0x0620, 0x06FF),  # Arabic
    (0x0900, 0x097F),  # Devanagari
    (0x0980, 0x09FF),  # Bengali
    (0x0B80, 0x0BFF),  # Tamil
    (0x0E00, 0x0E7F),  # Thai
    (0x0F00, 0x0FFF),  # Tibetan
    (0x10A0, 0x10FF),  # Georgian
    (0x1100, 0x11FF),  # Hangul jamo
    (0x13A0, 0x13FF),  # Cherokee
    (0x1780, 0x17FF),  # Khmer
    (0x1F00, 0x1FFF),  # Greek Extended
    (0x3000, 0x303F),  # CJK symbols
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x4E00, 0x9FFF),  # CJK ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF00, 0xFFEF),  # half- and full-width forms
]
EXTRA = [0x30, 0x31, 0x37, 0x2D, 0x2D, 0x0300, 0x0301, 0x0308, 0x200C, 0x200D, 0x00B7, 0x0660, 0x06F0, 0x30FB]


def random_char(rng, script):
    while True:
        if rng.random() < 0.15:
            cp = rng.choice(EXTRA)
        else:
            lo, hi = SCRIPTS[script] if rng.random() < 0.85 else rng.choice(SCRIPTS)
            cp = rng.randint(lo, hi)
        c = chr(cp)
        if unicodedata.category(c) not in ("Cn", "Cs", "Co"):
            return c


def main():
    rng = random.Random(20261202)
    seen = set()
    out = sys.stdout
    out.write("# label\tidna.encode(label) (\"!\" = refused); idna %s, Unicode %s\n" % (idna.__version__, unicodedata.unidata_version))
    while len(seen) < 14000:
        script = rng.randrange(len(SCRIPTS))
        label = "".join(random_char(rng, script) for _ in range(rng.randint(1, 8)))
        if label in seen or "\t" in label or "\n" in label or any(c in label for c in ".\u3002\uff0e\uff61"):
            continue
        seen.add(label)
        try:
            encoded = idna.encode(label).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            encoded = "!"
        out.write("%s\t%s\n" % (label, encoded))


if __name__ == "__main__":
    main()
