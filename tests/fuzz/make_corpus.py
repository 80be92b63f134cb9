#!/usr/bin/env python3
"""Rebuilds the seed corpora in tests/fuzz/corpus/<target>/ from test_data/.

Usage: tests/fuzz/make_corpus.py   (from anywhere; rewrites the three corpus folders)

Seeds are the golden inputs under 4 KiB, each in the format its target reads:
  json_parser    the JSON file as it is
  script_reader  one byte (0 shell, 1 Markdown), then the file
  pipeline       one byte (0 policy JSON, 1 shell script, 2 Markdown), then the file; a script
                 may carry a policy after a "\\n--8<--\\n" line (written as policy.json)
"""

import hashlib
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, 'tests', 'fuzz', 'corpus')
MAX_SEED = 4096


def inputs():
    for base in ('test_data/rules', 'test_data/scenarios/service_roles'):
        for folder, _, files in sorted(os.walk(os.path.join(ROOT, base))):
            for name in sorted(files):
                path = os.path.join(folder, name)
                if name.endswith(('.json', '.sh', '.md')) and os.path.getsize(path) <= MAX_SEED:
                    with open(path, 'rb') as f:
                        yield name, f.read(), folder


def put(target, data):
    folder = os.path.join(CORPUS, target)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()[:16]), 'wb') as f:
        f.write(data)


def main():
    for target in ('json_parser', 'script_reader', 'pipeline'):
        shutil.rmtree(os.path.join(CORPUS, target), ignore_errors=True)
        os.makedirs(os.path.join(CORPUS, target))
    for name, data, folder in inputs():
        if name.endswith('.json'):
            put('json_parser', data)
            put('pipeline', b'\x00' + data)
        else:
            markdown = name.endswith('.md')
            put('script_reader', (b'\x01' if markdown else b'\x00') + data)
            seed = (b'\x02' if markdown else b'\x01') + data
            # A script next to a policy: give the pipeline both, as the script would find it.
            siblings = [n for n in sorted(os.listdir(folder)) if n.endswith('.json')]
            if siblings and not markdown:
                with open(os.path.join(folder, siblings[0]), 'rb') as f:
                    policy = f.read()
                if len(policy) <= MAX_SEED:
                    seed += b'\n--8<--\n' + policy
            put('pipeline', seed)


if __name__ == '__main__':
    main()
