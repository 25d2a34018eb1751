#!/usr/bin/python3
# Stands in for the target's program inside the agent sandbox. The real program never enters this
# sandbox: argv, cwd, environment and stdin go over a Unix socket to a host-side service that runs
# it in a sandbox of its own; its stdout, stderr and exit status come back here.
import json, os, signal, socket, struct, sys, threading

SOCKET = '/run/mirrorcode/oracle.sock'
NAME = os.path.basename(sys.argv[0])


def send(sock, kind, payload):
    sock.sendall(kind + struct.pack('>I', len(payload)) + payload)


def recv_exact(sock, n):
    buf = b''
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf


def pump_stdin(sock):
    try:
        while True:
            data = os.read(0, 65536)
            if not data:
                break
            send(sock, b'I', data)
        send(sock, b'E', b'')
    except OSError:
        pass


def write_all(fd, data):
    while data:
        n = os.write(fd, data)
        data = data[n:]


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(SOCKET)
    except OSError as e:
        sys.stderr.write('%s: the reference oracle is not reachable (%s)\n' % (NAME, e.strerror))
        return 127
    try:
        cwd = os.getcwd()
    except OSError:
        cwd = '/'
    header = {'argv': sys.argv[1:], 'cwd': cwd, 'env': dict(os.environ)}
    send(sock, b'H', json.dumps(header).encode())
    threading.Thread(target=pump_stdin, args=(sock,), daemon=True).start()
    while True:
        head = recv_exact(sock, 5)
        if head is None:
            sys.stderr.write('%s: the reference oracle closed the connection\n' % NAME)
            return 127
        kind, length = head[:1], struct.unpack('>I', head[1:])[0]
        payload = recv_exact(sock, length) if length else b''
        if payload is None:
            return 127
        if kind == b'O':
            write_all(1, payload)
        elif kind == b'R':
            write_all(2, payload)
        elif kind == b'X':
            return int(json.loads(payload)['exitCode'])


if __name__ == '__main__':
    os._exit(main())
