# Loaded by Python at start-up when this directory is on PYTHONPATH (test/real-clients.test.ts sets it
# for the AWS CLI's virtual-hosted runs only). `{bucket}.localhost` does not resolve on every machine
# (glibc resolves `localhost` itself but not its subdomains, which RFC 6761 reserves for the loopback),
# so this sends every `*.localhost` name to 127.0.0.1, as systemd-resolved would. The CLI itself is not
# touched: it still builds `http://{bucket}.localhost:PORT/...` and signs that host.
import socket

_getaddrinfo = socket.getaddrinfo


def _loopback(host, *args, **kwargs):
    if isinstance(host, str) and host.endswith(".localhost"):
        host = "127.0.0.1"
    return _getaddrinfo(host, *args, **kwargs)


socket.getaddrinfo = _loopback
