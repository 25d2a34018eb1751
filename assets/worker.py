# A long-lived runner inside one sandbox: it runs test commands one after another so that each
# test costs a fork and an exec instead of building a new sandbox. It is pid 1 of the sandbox's
# pid namespace, so after every command it can kill everything else (kill(-1)) and reap it, and
# nothing a test starts survives into the next one. It cleans /tmp between commands too.
#
# Protocol on fds 0/1 (host side: src/sandbox/bwrap-worker.ts). Request: u32 length + JSON
# header, u32 length + stdin bytes. Response: u32 length + JSON header (exitCode, timedOut,
# outputExceeded, stdoutLen, stderrLen), then the stdout bytes, then the stderr bytes.
import ctypes, errno, json, os, resource, select, shutil, signal, struct, sys, time

try:
    # Not dumpable: processes of the same uid (the test) can neither ptrace it nor read its memory.
    ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)
except Exception:
    pass

CTL_IN = os.dup(0)
CTL_OUT = os.dup(1)
null = os.open('/dev/null', os.O_RDWR)
os.dup2(null, 0)
os.dup2(null, 1)
os.close(null)


def read_exact(n):
    buf = bytearray()
    while len(buf) < n:
        chunk = os.read(CTL_IN, n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def read_frame():
    head = read_exact(4)
    if head is None:
        return None
    n = struct.unpack('>I', head)[0]
    return read_exact(n) if n else b''


def write_all(fd, data):
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


REAPED = {}


def kill_others():
    # As pid 1, kill(-1) reaches every other process in this namespace; reap until none is left,
    # keeping each exit status (the command's own may be among them).
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
    while True:
        try:
            wpid, st = os.waitpid(-1, 0)
            REAPED[wpid] = st
        except ChildProcessError:
            return
        except InterruptedError:
            continue


def clean_dir(path):
    try:
        entries = os.listdir(path)
    except OSError:
        return
    for e in entries:
        p = os.path.join(path, e)
        try:
            if os.path.isdir(p) and not os.path.islink(p):
                for root, dirs, _ in os.walk(p):
                    for d in dirs:
                        try:
                            os.chmod(os.path.join(root, d), 0o700)
                        except OSError:
                            pass
                os.chmod(p, 0o700)
                shutil.rmtree(p, ignore_errors=True)
            else:
                os.unlink(p)
        except OSError:
            pass


def child(req, in_r, out_w, err_w):
    try:
        os.setsid()
        os.dup2(in_r, 0)
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        os.closerange(3, 4096)
        for sig in (signal.SIGPIPE, signal.SIGINT, signal.SIGQUIT, signal.SIGTERM, signal.SIGXFSZ, signal.SIGCHLD):
            signal.signal(sig, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if req.get('cpuSeconds'):
            c = int(req['cpuSeconds'])
            resource.setrlimit(resource.RLIMIT_CPU, (c, c))
        if req.get('fileBytes'):
            f = int(req['fileBytes'])
            resource.setrlimit(resource.RLIMIT_FSIZE, (f, f))
        try:
            # Make the test, not this runner, the first choice of the out-of-memory killer.
            with open('/proc/self/oom_score_adj', 'w') as fh:
                fh.write('1000')
        except OSError:
            pass
        os.chdir(req['cwd'])
        argv = req['argv']
        os.execvpe(argv[0], argv, req['env'])
    except OSError as e:
        try:
            os.write(2, ('%s: %s\n' % (req['argv'][0], e.strerror)).encode())
        except OSError:
            pass
        os._exit(127 if e.errno == errno.ENOENT else 126)
    os._exit(127)


def run(req, stdin_data):
    REAPED.clear()
    for _ in range(int(req.get('burnPids') or 0)):
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        child(req, in_r, out_w, err_w)
    for fd in (in_r, out_w, err_w):
        os.close(fd)
    deadline = time.monotonic() + req['wallMs'] / 1000.0
    cap = int(req.get('outputBytes') or (64 << 20))
    out, err = bytearray(), bytearray()
    kept = 0
    timed_out = exceeded = False
    status = None
    pending = memoryview(stdin_data)
    if not pending:
        os.close(in_w)
        in_w = None
    else:
        os.set_blocking(in_w, False)
    readers = {out_r: out, err_r: err}
    while readers:
        if status is None:
            if pid in REAPED:
                wpid, st = pid, REAPED[pid]
            else:
                wpid, st = os.waitpid(pid, os.WNOHANG)
            if wpid == pid:
                status = st
                # The command ended: whatever it left behind goes now, as a sandbox's pid
                # namespace would end with its command. Then the pipes reach end of file.
                if in_w is not None:
                    os.close(in_w)
                    in_w = None
                kill_others()
        left = deadline - time.monotonic()
        if left <= 0 and status is None:
            timed_out = True
            kill_others()
            continue
        wfds = [in_w] if in_w is not None else []
        try:
            r, w, _ = select.select(list(readers), wfds, [], min(max(left, 0), 0.05) if status is None else 1.0)
        except InterruptedError:
            continue
        if w:
            try:
                n = os.write(in_w, pending[:65536])
                pending = pending[n:]
            except (BlockingIOError, InterruptedError):
                pass
            except OSError:
                pending = pending[:0]
            if not pending:
                os.close(in_w)
                in_w = None
        for fd in r:
            data = os.read(fd, 65536)
            if not data:
                os.close(fd)
                del readers[fd]
                continue
            room = cap - kept
            if len(data) > room:
                data = data[:max(room, 0)]
                exceeded = True
            kept += len(data)
            readers[fd] += data
            if exceeded and status is None:
                kill_others()
    if in_w is not None:
        os.close(in_w)
    # Output closed but the command may still be on its way out (closing stdout is often the
    # last thing a program does): wait for it within its time, then end everything else.
    while status is None and pid not in REAPED:
        wpid, st = os.waitpid(pid, os.WNOHANG)
        if wpid == pid:
            status = st
        elif time.monotonic() >= deadline:
            timed_out = True
            break
        else:
            time.sleep(0.0005)
    kill_others()
    if status is None:
        status = REAPED.get(pid, 9)
    REAPED.clear()
    clean_dir('/tmp')
    clean_dir('/dev/shm')
    if os.WIFSIGNALED(status):
        code = 128 + os.WTERMSIG(status)
    else:
        code = os.WEXITSTATUS(status)
    return {'exitCode': code, 'timedOut': timed_out, 'outputExceeded': exceeded}, bytes(out), bytes(err)


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    while True:
        header = read_frame()
        if header is None:
            return
        stdin_data = read_frame() or b''
        req = json.loads(header)
        res, out, err = run(req, stdin_data)
        res['stdoutLen'] = len(out)
        res['stderrLen'] = len(err)
        h = json.dumps(res).encode()
        write_all(CTL_OUT, struct.pack('>I', len(h)) + h + out + err)


main()
