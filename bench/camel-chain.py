#!/usr/bin/env python3
"""CAMeL Tools' fullest normalisation chain, reimplemented from its documented behaviour, timed on a
text file: `python3 bench/camel-chain.py FILE [RUNS]` prints one JSON line.

PyPI is unreachable from the project's machine, so camel_tools itself cannot be installed; these are
the same operations as its functions (camel_tools.utils.dediac / .normalize, MIT licence), each a
regex substitution or str.replace as CAMeL writes them, in the order of issue 12:

  dediac_ar                 remove U+064B..U+0652, U+0670 (superscript alef) and U+0640 (tatweel)
  normalize_alef_ar         U+0625 U+0623 U+0671 U+0622 -> U+0627
  normalize_alef_maksura_ar U+0649 -> U+064A
  normalize_teh_marbuta_ar  U+0629 -> U+0647
  normalize_unicode         a CharMapper spelling out U+FDFC / U+FDFD, then unicodedata NFKC

CharMapper.map_string is, in camel_tools, a loop over the characters in Python (dict.get each
character, append to a deque, join): most of the chain's time. It is reproduced as such, since the
point is to measure what a CAMeL user runs. Without it (NFKC alone) the chain is about 7x faster;
`--no-charmap` measures that variant.

Timing: CPU seconds of this process (time.process_time), median of RUNS runs after one warm-up.
"""
import json
import re
from collections import deque
import sys
import time
import unicodedata

_DIAC_RE_AR = re.compile('[' + re.escape('\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640') + ']')
_ALEF_NORMALIZE_AR_RE = re.compile('[\u0625\u0623\u0671\u0622]')
_CHAR_FIX = {'\ufdfc': 'ريال', '\ufdfd': 'بسم الله الرحمن الرحيم'}
CHARMAP = '--no-charmap' not in sys.argv


def map_string(s, charmap=_CHAR_FIX, default=None):
    """CharMapper.map_string: each character through the map, in a Python loop."""
    buff = deque()
    for char in s:
        mapped = charmap.get(char, default)
        buff.append(char if mapped is None else mapped)
    return ''.join(buff)


def normalize_unicode(s):
    if CHARMAP:
        s = map_string(s)
    else:
        for k, v in _CHAR_FIX.items():
            if k in s:
                s = s.replace(k, v)
    return unicodedata.normalize('NFKC', s)


def camel_chain(s):
    s = _DIAC_RE_AR.sub('', s)
    s = _ALEF_NORMALIZE_AR_RE.sub('\u0627', s)
    s = s.replace('\u0649', '\u064a')
    s = s.replace('\u0629', '\u0647')
    return normalize_unicode(s)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    path = args[0]
    runs = int(args[1]) if len(args) > 1 else 7
    with open(path, encoding='utf-8') as f:
        docs = f.read().split('\n')
    size = sum(len(d.encode('utf-8')) for d in docs)
    for d in docs:
        camel_chain(d)
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        for d in docs:
            camel_chain(d)
        times.append(time.process_time() - t0)
    times.sort()
    print(json.dumps({'charmap': CHARMAP, 'bytes': size, 'documents': len(docs), 'seconds': times[len(times) // 2], 'runs': times}))


if __name__ == '__main__':
    main()
