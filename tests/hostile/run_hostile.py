#!/usr/bin/env python3
"""Runs slim-lint on a corpus of hostile inputs and checks that it survives each one.

Usage: run_hostile.py SLIM_LINT [--keep] [--only SUBSTRING]

The small inputs live in tests/hostile/cases/; the large or special ones (a 64 MB string,
100,000-deep nesting, a FIFO, a symbolic link loop, a file that grows while it is read, ...) are
made here, in a temporary folder, at test time. For every input slim-lint must:

  - exit 0, 1 (findings) or 2 (unreadable input), and say something when it does not exit 0;
    a signal (crash, abort, sanitizer report) fails the case;
  - finish within the time limit (10 s; longer under the sanitizers, which are slower);
  - stay within the memory limit: RLIMIT_AS of 1 GiB, and the peak RSS is checked and reported
    (under AddressSanitizer, which reserves terabytes of address space, only the peak RSS).

Some cases also name the exit status and a message they must produce.
"""

import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MIB = 1 << 20
FILE_LIMIT = 8 * MIB  # ReadLimits::max_bytes, see docs/limits.md
DEPTH_LIMIT = 256     # JsonLimits::max_depth

POLICY = ('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "Read",\n'
          '      "Effect": "Allow",\n      "Action": ["s3:GetObject", "s3:ListBucket"],\n'
          '      "Resource": ["arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*"],\n'
          '      "Condition": {"Bool": {"aws:SecureTransport": "true"}}\n    }\n  ]\n}\n')


def policy_with(resource_json):
    return ('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":%s}]}\n'
            % resource_json)


class Case:
    def __init__(self, name, args, exits=(0, 1, 2), message=None, stdin=None, setup=None, env=None,
                 output_json=False):
        self.name = name
        self.args = args          # arguments after the binary; paths relative to the work folder
        self.exits = exits        # acceptable exit statuses
        self.message = message    # regular expression the combined output must match
        self.stdin = stdin        # path to feed as standard input (default: /dev/null)
        self.setup = setup        # callable(work) run just before, returns a cleanup callable or None
        self.env = env
        self.output_json = output_json  # the output must be valid JSON (with --format json)


def write(work, name, data):
    path = os.path.join(work, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return name


def build_cases(work):
    cases = []

    # --- Static files: unterminated quotes, here-documents, fences, odd JSON. ---
    for name in sorted(os.listdir(os.path.join(HERE, 'cases'))):
        shutil.copy(os.path.join(HERE, 'cases', name), os.path.join(work, name))
        cases.append(Case('static/' + name, [name]))

    # --- Truncated JSON at every prefix of a sample policy. ---
    os.makedirs(os.path.join(work, 'prefix'))
    for n in range(0, len(POLICY.rstrip())):  # the last prefixes are the whole document
        name = write(work, 'prefix/p%03d.json' % n, POLICY[:n])
        cases.append(Case('truncated/%d' % n, [name], exits=(1,), message=r'SL1001|empty'))

    # --- Invalid UTF-8, in strings, keys, outside strings, in scripts and Markdown. ---
    bad_sequences = {
        'overlong_slash': b'\xc0\xaf', 'overlong_3': b'\xe0\x80\xaf', 'overlong_4': b'\xf0\x80\x80\xaf',
        'overlong_nul': b'\xc0\x80', 'surrogate_high': b'\xed\xa0\x80', 'surrogate_low': b'\xed\xbf\xbf',
        'truncated_2': b'\xc3', 'truncated_3': b'\xe2\x82', 'truncated_4': b'\xf0\x9f\x98',
        'lone_continuation': b'\x80', 'byte_fe': b'\xfe', 'byte_ff': b'\xff', 'five_byte': b'\xf8\x88\x80\x80\x80',
        'above_max': b'\xf4\x90\x80\x80', 'latin1': b'caf\xe9',
    }
    for label, seq in bad_sequences.items():
        name = write(work, 'utf8/%s_value.json' % label,
                     b'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",'
                     b'"Resource":"arn:aws:s3:::b/' + seq + b'"}]}\n')
        cases.append(Case('utf8/value/' + label, ['--format', 'json', name], exits=(1,), message=r'SL1001',
                          output_json=True))
        name = write(work, 'utf8/%s.sh' % label,
                     b'aws iam create-role --role-name r' + seq + b' --assume-role-policy-document '
                     b'\'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"'
                     + seq + b'"},"Action":"sts:AssumeRole"}]}\'\n')
        cases.append(Case('utf8/script/' + label, ['--format', 'sarif', name], output_json=True))
    for label in ('overlong_slash', 'surrogate_high', 'truncated_3', 'byte_ff'):
        seq = bad_sequences[label]
        name = write(work, 'utf8/%s_key.json' % label, b'{"Version":"2012-10-17","' + seq + b'":1}\n')
        cases.append(Case('utf8/key/' + label, [name], exits=(1,), message=r'SL1001'))
        name = write(work, 'utf8/%s_outside.json' % label, b'{"Version":"2012-10-17"}' + seq + b'\n')
        cases.append(Case('utf8/outside/' + label, [name], exits=(1,), message=r'SL1001'))
        name = write(work, 'utf8/%s.md' % label,
                     b'# ' + seq + b'\n```bash\naws iam delete-role --role-name ' + seq + b'\n```\n')
        cases.append(Case('utf8/markdown/' + label, ['--format', 'json', name], output_json=True))

    # --- NUL bytes. ---
    nul_inputs = {
        'json_first.json': b'\x00' + POLICY.encode(),
        'json_in_string.json': policy_with('"arn:aws:s3:::b\x00c"').encode(),
        'json_in_key.json': b'{"Ver\x00sion":"2012-10-17"}',
        'json_after.json': POLICY.encode() + b'\x00',
        'json_only.json': b'\x00' * 1000,
        'script_middle.sh': b'aws iam delete-role --role-name r\x00oot\n',
        'script_quoted.sh': b'aws iam put-role-policy --role-name r --policy-name p --policy-document \'{"a":"\x00"}\'\n',
        'readme.md': b'```bash\naws iam delete-role --role-name \x00\n```\n',
    }
    for name, data in nul_inputs.items():
        cases.append(Case('nul/' + name, [write(work, 'nul/' + name, data)], exits=(1, 2)))
    cases.append(Case('nul/stdin', ['-'], exits=(1, 2), stdin=os.path.join(work, 'nul/json_only.json')))

    # --- Byte order marks. ---
    boms = {
        'utf8.json': b'\xef\xbb\xbf' + POLICY.encode(),
        'utf8_twice.json': b'\xef\xbb\xbf\xef\xbb\xbf' + POLICY.encode(),
        'utf16le.json': b'\xff\xfe' + POLICY.encode('utf-16-le'),
        'utf16be.json': b'\xfe\xff' + POLICY.encode('utf-16-be'),
        'utf16le_no_bom.json': POLICY.encode('utf-16-le'),
        'utf32le.json': b'\xff\xfe\x00\x00' + POLICY.encode('utf-32-le'),
        'bom_only.json': b'\xef\xbb\xbf',
        'utf16le.sh': b'\xff\xfe' + 'aws iam delete-role --role-name r\n'.encode('utf-16-le'),
        'utf8.sh': b'\xef\xbb\xbfaws iam delete-role --role-name r\n',
        'utf16le.md': b'\xff\xfe' + '```bash\naws iam delete-role --role-name r\n```\n'.encode('utf-16-le'),
    }
    for name, data in boms.items():
        cases.append(Case('bom/' + name, [write(work, 'bom/' + name, data)], exits=(0, 1, 2)))

    # --- Size and depth. ---
    big = os.path.join(work, 'big')
    os.makedirs(big)
    with open(os.path.join(big, 'string_64mb.json'), 'wb') as f:
        f.write(b'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"')
        f.write(b'a' * (64 * MIB))
        f.write(b'"}]}\n')
    cases.append(Case('size/string_64mb', ['big/string_64mb.json'], exits=(2,), message=r'string_64mb.json.*limit'))
    under = FILE_LIMIT - 200
    write(work, 'big/string_under_limit.json', policy_with('"arn:aws:s3:::b/' + 'a' * under + '"'))
    cases.append(Case('size/string_under_limit', ['big/string_under_limit.json']))
    cases.append(Case('size/string_64mb_stdin', ['-'], exits=(2,), message=r'stdin.*limit',
                      stdin=os.path.join(big, 'string_64mb.json')))
    cases.append(Case('size/dev_zero_stdin', ['-'], exits=(2,), message=r'limit', stdin='/dev/zero'))
    for depth in (DEPTH_LIMIT - 1, DEPTH_LIMIT, DEPTH_LIMIT + 1, 100000):
        write(work, 'big/arrays_%d.json' % depth, '[' * depth + ']' * depth)
        cases.append(Case('depth/arrays_%d' % depth, ['big/arrays_%d.json' % depth], exits=(1,),
                          message=r'SL1001' if depth > DEPTH_LIMIT else None))
    write(work, 'big/objects_100000.json', '{"a":' * 100000 + '1' + '}' * 100000)
    cases.append(Case('depth/objects_100000', ['big/objects_100000.json'], exits=(1,), message=r'nesting deeper'))
    write(work, 'big/open_100000.json', '[' * 100000)
    cases.append(Case('depth/unclosed_100000', ['big/open_100000.json'], exits=(1,), message=r'SL1001'))
    deep_condition = ('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",'
                      '"Condition":' + '{"a":' * 250 + '1' + '}' * 250 + '}]}')
    write(work, 'big/deep_condition.json', deep_condition)
    cases.append(Case('depth/deep_condition_250', ['big/deep_condition.json']))
    write(work, 'big/deep_inline.sh', "aws iam put-role-policy --role-name r --policy-name p --policy-document '"
          + '[' * 100000 + ']' * 100000 + "'\n")
    cases.append(Case('depth/inline_policy_100000', ['big/deep_inline.sh']))
    write(work, 'big/array_1m.json', '[' + ','.join(['1'] * 1000000) + ']')
    cases.append(Case('size/array_1m', ['big/array_1m.json'], exits=(0, 1)))
    write(work, 'big/actions_1m.json', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":['
          + ','.join(['"s3:GetObject"'] * 1000000) + '],"Resource":"*"}]}')
    cases.append(Case('size/actions_1m_over_size_limit', ['big/actions_1m.json'], exits=(2,), message=r'limit'))
    write(work, 'big/strings_1m.json', '[' + ','.join(['"*"'] * 1000000) + ']')
    cases.append(Case('size/strings_1m', ['big/strings_1m.json'], exits=(0, 1)))
    actions = ','.join('"s3:Get%06d"' % i for i in range(200000))
    write(work, 'big/actions_200k_distinct.json', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":['
          + actions + '],"Resource":"*"}]}')
    cases.append(Case('size/actions_200k_distinct', ['big/actions_200k_distinct.json'], exits=(0, 1)))
    statement = '{"Effect":"Allow","Action":"*","Resource":"*"}'
    write(work, 'big/statements_50k_one_line.json', '{"Version":"2012-10-17","Statement":['
          + ','.join([statement] * 50000) + ']}')
    cases.append(Case('size/statements_50k_one_line', ['big/statements_50k_one_line.json'], exits=(1,)))
    keys = ','.join('"k%d":%d' % (i, i) for i in range(300000))
    write(work, 'big/object_300k_keys.json', '{' + keys + ',"k7":1}')
    cases.append(Case('size/object_300k_keys', ['big/object_300k_keys.json'], exits=(0, 1)))
    write(work, 'big/line_10mb.sh', 'aws iam delete-role --role-name ' + 'r' * (10 * MIB) + '\n')
    cases.append(Case('size/script_line_10mb', ['big/line_10mb.sh'], exits=(2,), message=r'line_10mb.sh.*limit'))
    command = 'aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/AdministratorAccess; '
    write(work, 'big/line_7mb_commands.sh', command * ((7 * MIB) // len(command)) + '\n')
    cases.append(Case('size/script_line_7mb_commands', ['big/line_7mb_commands.sh'], exits=(1,)))
    write(work, 'big/continuations.sh', 'aws iam create-role \\\n' + '  --role-name r \\\n' * 200000 + '\n')
    cases.append(Case('size/continuations_200k', ['big/continuations.sh']))
    write(work, 'big/doubling.sh', 'A=aaaaaaaaaaaaaaaa\n' + 'A=$A$A\n' * 64 +
          'aws iam delete-role --role-name "$A"\n')
    cases.append(Case('size/variable_doubling', ['big/doubling.sh']))
    write(work, 'big/nested_subshell.sh', 'X=' + '$(' * 100000 + ')' * 100000 + '\naws iam delete-role --role-name "$X"\n')
    cases.append(Case('depth/subshell_100000', ['big/nested_subshell.sh']))
    write(work, 'big/heredocs.sh', 'cat <<A <<B <<C\n' * 20000 + 'aws iam delete-role --role-name r\n')
    cases.append(Case('size/heredocs_unterminated', ['big/heredocs.sh']))
    write(work, 'big/quotes.sh', '"\'' * 500000 + '\n')
    cases.append(Case('size/quotes_alternating', ['big/quotes.sh']))
    long_path = 'a' * 5000
    write(work, 'big/long_file_url.sh', 'aws iam create-role --role-name r --assume-role-policy-document file://'
          + long_path + '\n')
    cases.append(Case('size/file_url_5000_chars', ['big/long_file_url.sh']))
    write(work, 'big/many_file_urls.sh', ''.join(
        'aws iam create-role --role-name r%d --assume-role-policy-document file://missing%d.json\n' % (i, i)
        for i in range(5000)))
    cases.append(Case('size/file_urls_5k_missing', ['big/many_file_urls.sh'], exits=(1, 2)))

    # --- Deeply nested Markdown. ---
    write(work, 'md/blockquotes.md', '> ' * 100000 + '```bash\n' + '> ' * 100000 + 'aws iam delete-role --role-name r\n')
    cases.append(Case('markdown/blockquotes_100000', ['md/blockquotes.md']))
    write(work, 'md/lists.md', ''.join('  ' * i + '- item\n' for i in range(3000)) + '```bash\naws iam delete-role\n```\n')
    cases.append(Case('markdown/nested_lists_3000', ['md/lists.md']))
    write(work, 'md/fences.md', '````\n' * 100000)
    cases.append(Case('markdown/fences_100000', ['md/fences.md']))
    write(work, 'md/json_blocks.md', '```json\n{"Statement":' + '[' * 100000 + '\n```\n')
    cases.append(Case('markdown/deep_json_block', ['md/json_blocks.md']))
    write(work, 'md/console.md', '```console\n' + '$ aws iam delete-role \\\n' * 100000 + '```\n')
    cases.append(Case('markdown/console_continuations', ['md/console.md']))

    # --- Files that are not files. ---
    cases.append(Case('fs/missing', ['does-not-exist.json'], exits=(2,), message=r'does-not-exist.json.*no such file'))
    os.makedirs(os.path.join(work, 'fs/empty_dir'))
    cases.append(Case('fs/empty_directory', ['fs/empty_dir'], exits=(0,)))
    os.mkfifo(os.path.join(work, 'fs/fifo.json'))
    cases.append(Case('fs/fifo_named', ['fs/fifo.json'], exits=(2,), message=r'fifo.json.*not a regular file'))
    os.makedirs(os.path.join(work, 'fs/dir_with_fifo'))
    os.mkfifo(os.path.join(work, 'fs/dir_with_fifo/policy.json'))
    os.mkfifo(os.path.join(work, 'fs/dir_with_fifo/script'))
    write(work, 'fs/dir_with_fifo/setup.sh', 'aws iam create-role --role-name r --assume-role-policy-document file://policy.json\n')
    cases.append(Case('fs/fifo_in_directory', ['fs/dir_with_fifo']))
    cases.append(Case('fs/file_url_to_fifo', ['fs/dir_with_fifo/setup.sh']))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(os.path.join(work, 'fs/socket.json'))
    cases.append(Case('fs/socket_named', ['fs/socket.json'], exits=(2,), message=r'socket.json'))
    for device in ('/dev/null', '/dev/zero', '/dev/urandom', '/dev/full'):
        if os.path.exists(device):
            cases.append(Case('fs/device' + device.replace('/dev', ''), [device], exits=(2,), message=device))
    cases.append(Case('fs/stdin_empty', ['-'], exits=(1,), message=r'empty'))
    os.symlink('loop_b', os.path.join(work, 'fs/loop_a.json'))
    os.symlink('loop_a.json', os.path.join(work, 'fs/loop_b'))
    cases.append(Case('fs/symlink_loop_named', ['fs/loop_a.json'], exits=(2,), message=r'loop_a.json'))
    os.symlink('self.json', os.path.join(work, 'fs/self.json'))
    cases.append(Case('fs/symlink_self', ['fs/self.json'], exits=(2,), message=r'self.json'))
    os.makedirs(os.path.join(work, 'fs/tree/sub'))
    write(work, 'fs/tree/sub/policy.json', POLICY)
    os.symlink('..', os.path.join(work, 'fs/tree/sub/up'))
    os.symlink('.', os.path.join(work, 'fs/tree/here'))
    os.symlink('loop_a.json', os.path.join(work, 'fs/tree/dangling.json'))
    os.symlink('/dev/zero', os.path.join(work, 'fs/tree/zero.json'))
    cases.append(Case('fs/directory_symlink_loops', ['fs/tree'], exits=(0, 1)))
    os.symlink('/dev/zero', os.path.join(work, 'fs/zero_link.json'))
    cases.append(Case('fs/symlink_to_dev_zero', ['fs/zero_link.json'], exits=(2,), message=r'zero_link.json'))
    os.makedirs(os.path.join(work, 'fs/urls'))
    os.makedirs(os.path.join(work, 'fs/urls/adir.json'))
    os.symlink('loop2', os.path.join(work, 'fs/urls/loop1.json'))
    os.symlink('loop1.json', os.path.join(work, 'fs/urls/loop2'))
    for label, target in (('dev_zero', '/dev/zero'), ('dev_random', '/dev/random'), ('directory', 'adir.json'),
                          ('symlink_loop', 'loop1.json'), ('missing', 'nothing.json'), ('proc_self', '/proc/self/status'),
                          ('big_file', '../../big/string_64mb.json'), ('itself', 'url_itself.sh')):
        name = write(work, 'fs/urls/url_%s.sh' % label,
                     'aws iam create-role --role-name r --assume-role-policy-document file://%s\n' % target)
        cases.append(Case('fs/file_url/' + label, [name]))
    unreadable = write(work, 'fs/unreadable.json', POLICY)
    os.chmod(os.path.join(work, unreadable), 0)
    if os.geteuid() == 0:
        print('note: running as root, where chmod 000 does not block reading: the unreadable-file case is skipped')
    else:
        cases.append(Case('fs/unreadable_file', [unreadable], exits=(2,), message=r'unreadable.json.*ermission'))
        os.makedirs(os.path.join(work, 'fs/closed_dir'))
        write(work, 'fs/closed_dir/p.json', POLICY)
        os.chmod(os.path.join(work, 'fs/closed_dir'), 0)
        cases.append(Case('fs/unreadable_directory', ['fs/closed_dir'], exits=(0, 2)))
    odd = os.path.join(work, 'fs/odd')
    os.makedirs(odd)
    with open(os.path.join(odd.encode(), b'new\nline\xff.json'), 'w') as f:
        f.write(POLICY.replace('"Read"', '"Read1"').replace('s3:GetObject', 's3:*'))
    cases.append(Case('fs/odd_file_name', ['--format', 'json', 'fs/odd'], output_json=True))

    # --- Files that change while they are read. ---
    def grower(path, chunk):
        def setup(work_dir):
            full = os.path.join(work_dir, path)
            stop = threading.Event()

            def run():
                with open(full, 'ab', buffering=0) as f:
                    while not stop.is_set():
                        f.write(chunk)
            thread = threading.Thread(target=run, daemon=True)
            thread.start()
            time.sleep(0.05)

            def cleanup():
                stop.set()
                thread.join()
            return cleanup
        return setup

    write(work, 'grow/policy.json', POLICY[:-2])
    cases.append(Case('grow/json_appended', ['grow/policy.json'], setup=grower('grow/policy.json', b' ' * 65536)))
    write(work, 'grow/setup.sh', '#!/bin/sh\n')
    cases.append(Case('grow/script_appended', ['grow/setup.sh'],
                      setup=grower('grow/setup.sh', b'aws iam delete-role --role-name r\n' * 1000)))

    def rewriter(path):
        def setup(work_dir):
            full = os.path.join(work_dir, path)
            stop = threading.Event()

            def run():
                flip = False
                while not stop.is_set():
                    with open(full, 'wb') as f:
                        f.write((POLICY if flip else '{"Vers').encode())
                    flip = not flip
            thread = threading.Thread(target=run, daemon=True)
            thread.start()

            def cleanup():
                stop.set()
                thread.join()
            return cleanup
        return setup

    write(work, 'grow/rewritten.json', POLICY)
    cases.append(Case('grow/json_rewritten', ['--fix', 'grow/rewritten.json'], setup=rewriter('grow/rewritten.json')))
    return cases


# Inputs that still take longer than the time limit because of code outside the input layer,
# by case name with the reason; they run only with SLIM_HOSTILE_ALL=1, so the suite stays a gate
# for everything else while they are open. None today: the last four (long lines in the text
# reporter, quadratic statement and action comparisons) are fixed.
KNOWN_SLOW = {}


def sanitized(binary):
    # gcc links the sanitizer runtimes as shared libraries, clang links them in statically; the
    # runtime's entry point is in the binary either way.
    try:
        with open(binary, 'rb') as f:
            data = f.read()
    except OSError:
        return False
    return b'__asan_init' in data or b'__ubsan_handle_' in data


def run_case(binary, case, work, timeout, memory_limit):
    cleanup = case.setup(work) if case.setup else None
    stdin = open(case.stdin or '/dev/null', 'rb')

    # No preexec_fn: Python then starts the child with vfork, so the child's peak RSS is the
    # tool's own and not a copy of this script's (which holds the generated inputs). The
    # address-space limit is set by `ulimit -v` in a shell that then execs the tool.
    command = [binary, '--no-config', '-j', '2'] + case.args
    if memory_limit:
        command = ['/bin/sh', '-c', 'ulimit -v %d && exec "$@"' % (memory_limit // 1024), 'sh'] + command
    started = time.monotonic()
    proc = subprocess.Popen(command, cwd=work, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env=case.env)
    output = {}

    def drain(stream, key):
        output[key] = stream.read()
    readers = [threading.Thread(target=drain, args=(proc.stdout, 'out')),
               threading.Thread(target=drain, args=(proc.stderr, 'err'))]
    for r in readers:
        r.start()
    timed_out = False
    deadline = started + timeout
    status = rusage = None
    while True:
        pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            pid, status, rusage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    proc.returncode = 0  # reaped by wait4 above
    for r in readers:
        r.join()
    stdin.close()
    if cleanup:
        cleanup()
    elapsed = time.monotonic() - started
    peak_mib = rusage.ru_maxrss / 1024.0
    out = output.get('out', b'').decode('utf-8', 'replace')
    err = output.get('err', b'').decode('utf-8', 'replace')
    problems = []
    if timed_out:
        problems.append('did not finish within %g s' % timeout)
    elif os.WIFSIGNALED(status):
        problems.append('killed by signal %d' % os.WTERMSIG(status))
    else:
        code = os.WEXITSTATUS(status)
        if code not in case.exits:
            problems.append('exit status %d, expected %s' % (code, '/'.join(map(str, case.exits))))
        if code != 0 and not (out.strip() or err.strip()):
            problems.append('exit status %d without a message' % code)
        if case.message and not re.search(case.message, out + err, re.S):
            problems.append('output does not match /%s/' % case.message)
        if case.output_json and code in (0, 1):
            import json
            try:
                json.loads(out)
            except ValueError as e:
                problems.append('output is not valid JSON: %s' % e)
    if 'runtime error:' in err or 'AddressSanitizer' in err or 'LeakSanitizer' in err:
        problems.append('sanitizer report')
    return problems, elapsed, peak_mib, out, err


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    keep = '--keep' in sys.argv
    only = sys.argv[sys.argv.index('--only') + 1] if '--only' in sys.argv else None
    under_sanitizer = sanitized(binary)
    # AddressSanitizer reserves terabytes of address space, so RLIMIT_AS cannot apply; it is
    # also a few times slower. The peak RSS bound holds either way.
    timeout = 40.0 if under_sanitizer else 10.0
    memory_limit = None if under_sanitizer else 1 << 30
    rss_limit_mib = 1536 if under_sanitizer else 512
    work = tempfile.mkdtemp(prefix='slim-hostile-')
    failures = 0
    try:
        cases = build_cases(work)
        if only:
            cases = [c for c in cases if only in c.name]
        if not os.environ.get('SLIM_HOSTILE_ALL'):
            for c in cases:
                if c.name in KNOWN_SLOW:
                    print('known issue, skipped (SLIM_HOSTILE_ALL=1 runs it): %s: %s' % (c.name, KNOWN_SLOW[c.name]))
            cases = [c for c in cases if c.name not in KNOWN_SLOW]
        slowest = []
        for case in cases:
            problems, elapsed, peak, out, err = run_case(binary, case, work, timeout, memory_limit)
            if peak > rss_limit_mib:
                problems.append('peak RSS %.0f MiB above %d MiB' % (peak, rss_limit_mib))
            slowest.append((elapsed, peak, case.name))
            if problems:
                failures += 1
                print('FAIL %s: %s (%.2f s, %.0f MiB)' % (case.name, '; '.join(problems), elapsed, peak))
                print('  stdout: ' + out[:600].replace('\n', '\n          '))
                print('  stderr: ' + err[-1500:].replace('\n', '\n          '))
        slowest.sort(reverse=True)
        print('%d hostile inputs, %d failed%s' % (len(cases), failures, ' (sanitizer build)' if under_sanitizer else ''))
        print('slowest: ' + ', '.join('%s %.2f s %.0f MiB' % (n, t, p) for t, p, n in slowest[:5]))
        print('largest peak RSS: %.0f MiB' % max(p for _, p, _ in slowest) if slowest else '')
    finally:
        for root, dirs, _ in os.walk(work):
            for d in dirs:
                try:
                    os.chmod(os.path.join(root, d), 0o755)
                except OSError:
                    pass
        if keep:
            print('kept ' + work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
