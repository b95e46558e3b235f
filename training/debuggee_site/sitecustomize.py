"""Put on the debuggee's PYTHONPATH by debugpy_driver: sets TCP_NODELAY on its sockets.

pydevd writes each message's header and body in two sends; with Nagle's algorithm and the
adapter's delayed ACK every request then waits ~40 ms. Disabling Nagle makes a step plus its
inspection several times faster.
"""
import socket as _socket

_connect = _socket.socket.connect
_accept = _socket.socket.accept


def _nodelay(sock: _socket.socket) -> None:
    try:
        if sock.family in (_socket.AF_INET, _socket.AF_INET6) and sock.type == _socket.SOCK_STREAM:
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
    except OSError:
        pass


def _connect_nodelay(self, *args, **kwargs):
    result = _connect(self, *args, **kwargs)
    _nodelay(self)
    return result


def _accept_nodelay(self):
    conn, addr = _accept(self)
    _nodelay(conn)
    return conn, addr


_socket.socket.connect = _connect_nodelay
_socket.socket.accept = _accept_nodelay
