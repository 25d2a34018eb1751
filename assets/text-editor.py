#!/usr/bin/python3
# The text_editor tool, run inside the agent sandbox (so paths resolve exactly as the agent's own
# commands see them and a symlink cannot reach the host). Request: JSON on stdin. Result: text on
# stdout, exit status 0, or an error message on stdout and exit status 1. Undo history lives in
# UNDO_DIR, one stack of earlier versions per file.
import hashlib, json, os, sys

UNDO_DIR = os.environ.get('MIRRORCODE_UNDO_DIR', '/tmp/.mirrorcode-undo')
WORKSPACE = '/workspace'
MAX_VIEW_CHARS = 200_000


class ToolError(Exception):
    pass


def resolve(path):
    if not isinstance(path, str) or not path:
        raise ToolError('path must be a non-empty string')
    return os.path.normpath(path if path.startswith('/') else os.path.join(WORKSPACE, path))


def read_text(path):
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except FileNotFoundError:
        raise ToolError('%s does not exist' % path)
    except IsADirectoryError:
        raise ToolError('%s is a directory' % path)
    except PermissionError:
        raise ToolError('%s cannot be read (permission denied)' % path)
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        raise ToolError('%s is not UTF-8 text; use bash to inspect binary files' % path)


def undo_stack(path):
    d = os.path.join(UNDO_DIR, hashlib.sha256(path.encode()).hexdigest()[:32])
    os.makedirs(d, exist_ok=True)
    return d


def save_undo(path):
    d = undo_stack(path)
    n = len(os.listdir(d))
    target = os.path.join(d, '%06d' % n)
    if os.path.exists(path):
        with open(path, 'rb') as src, open(target, 'wb') as dst:
            dst.write(src.read())
    else:
        open(target + '.absent', 'wb').close()


def write_text(path, text):
    save_undo(path)
    parent = os.path.dirname(path)
    if parent and not os.path.isdir(parent):
        os.makedirs(parent, exist_ok=True)
    mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else None
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    if mode is not None:
        os.chmod(path, mode)


def numbered(text, start=1):
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return '\n'.join('%6d\t%s' % (i, l) for i, l in enumerate(lines, start))


def snippet(text, around_line, context=4):
    lines = text.split('\n')
    lo = max(0, around_line - 1 - context)
    hi = min(len(lines), around_line + context)
    return numbered('\n'.join(lines[lo:hi]), lo + 1)


def view(path, view_range):
    if os.path.isdir(path):
        out = []
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
            depth = root[len(path):].count('/')
            if depth >= 2:
                dirs[:] = []
            for name in sorted(dirs) + sorted(f for f in files if not f.startswith('.')):
                out.append(os.path.join(root, name))
            if len(out) > 2000:
                out.append('... (more entries; use bash to list)')
                break
        return 'Files and folders up to 2 levels deep in %s:\n%s' % (path, '\n'.join(out))
    text = read_text(path)
    lines = text.split('\n')
    if view_range is not None:
        if not (isinstance(view_range, list) and len(view_range) == 2 and all(isinstance(x, int) for x in view_range)):
            raise ToolError('view_range must be two integers [start, end] (end -1 means the last line)')
        start, end = view_range
        n = len(lines) - (1 if lines and lines[-1] == '' else 0)
        if end == -1:
            end = n
        if start < 1 or start > max(n, 1) or end < start or end > n:
            raise ToolError('view_range %s is outside the file (it has %d lines)' % (view_range, n))
        result = numbered('\n'.join(lines[start - 1:end]), start)
    else:
        result = numbered(text)
    if len(result) > MAX_VIEW_CHARS:
        result = result[:MAX_VIEW_CHARS] + '\n[... cut: the file is longer; use view_range to see the rest]'
    return result


def main():
    try:
        req = json.load(sys.stdin)
    except ValueError:
        raise ToolError('bad request')
    cmd = req.get('command')
    path = resolve(req.get('path'))
    if cmd == 'view':
        return view(path, req.get('view_range'))
    if cmd == 'create':
        text = req.get('file_text')
        if not isinstance(text, str):
            raise ToolError('create needs file_text')
        if os.path.isdir(path):
            raise ToolError('%s is a directory' % path)
        write_text(path, text)
        return 'Created %s (%d lines)' % (path, text.count('\n') + (0 if text.endswith('\n') or not text else 1))
    if cmd == 'str_replace':
        old, new = req.get('old_str'), req.get('new_str', '')
        if not isinstance(old, str) or old == '':
            raise ToolError('str_replace needs a non-empty old_str')
        if not isinstance(new, str):
            raise ToolError('new_str must be a string')
        text = read_text(path)
        count = text.count(old)
        if count == 0:
            raise ToolError('old_str was not found in %s; nothing changed' % path)
        if count > 1:
            lines = [str(text[:i].count('\n') + 1) for i in _find_all(text, old)]
            raise ToolError('old_str occurs %d times in %s (lines %s); make it unique; nothing changed' % (count, path, ', '.join(lines)))
        at = text.index(old)
        updated = text.replace(old, new, 1)
        write_text(path, updated)
        return 'Edited %s:\n%s' % (path, snippet(updated, updated[:at].count('\n') + 1))
    if cmd == 'insert':
        line, new = req.get('insert_line'), req.get('new_str')
        if not isinstance(line, int) or isinstance(line, bool):
            raise ToolError('insert needs insert_line (an integer; 0 inserts at the top)')
        if not isinstance(new, str):
            raise ToolError('insert needs new_str')
        text = read_text(path)
        lines = text.split('\n')
        n = len(lines) - (1 if lines and lines[-1] == '' else 0)
        if line < 0 or line > n:
            raise ToolError('insert_line %d is outside the file (0 to %d)' % (line, n))
        new_lines = new.split('\n')
        if new.endswith('\n'):
            new_lines.pop()
        updated = '\n'.join(lines[:line] + new_lines + lines[line:])
        write_text(path, updated)
        return 'Inserted %d line(s) after line %d of %s:\n%s' % (len(new_lines), line, path, snippet(updated, line + 1))
    if cmd == 'undo_edit':
        d = undo_stack(path)
        versions = sorted(os.listdir(d))
        if not versions:
            raise ToolError('no edit of %s to undo' % path)
        last = os.path.join(d, versions[-1])
        if last.endswith('.absent'):
            if os.path.exists(path):
                os.unlink(path)
            os.unlink(last)
            return 'Undid the creation of %s (removed it)' % path
        with open(last, 'rb') as f:
            data = f.read()
        with open(path, 'wb') as f:
            f.write(data)
        os.unlink(last)
        return 'Undid the last edit of %s' % path
    raise ToolError('command must be view, create, str_replace, insert or undo_edit')


def _find_all(text, sub):
    i = text.find(sub)
    while i != -1:
        yield i
        i = text.find(sub, i + 1)


if __name__ == '__main__':
    try:
        sys.stdout.write(main())
        sys.exit(0)
    except ToolError as e:
        sys.stdout.write('Error: %s' % e)
        sys.exit(1)
    except OSError as e:
        sys.stdout.write('Error: %s' % e)
        sys.exit(1)
