/**
 * A tiny HTTP proxy on 127.0.0.1, as corporate runners have: it opens a tunnel for `CONNECT
 * host:port` (how a client reaches an https URL through it) and forwards a request for an absolute
 * http URL, and records each, with the Proxy-Authorization it was sent. `hold` makes it take
 * requests and never answer.
 */
import { createServer, request as forward, type Server } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

export class FakeProxy {
  /** `CONNECT host:port` or `GET http://…`, in order. */
  readonly used: string[] = [];
  /** The Proxy-Authorization header of each, or '' without one. */
  readonly authorizations: string[] = [];
  hold = false;
  url = '';
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  async start(): Promise<void> {
    this.server = createServer((incoming, outgoing) => {
      this.record(`${incoming.method} ${incoming.url}`, incoming.headers['proxy-authorization']);
      if (this.hold) return;
      const onward = forward(
        incoming.url ?? '',
        { method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      onward.on('error', () => outgoing.destroy());
      incoming.pipe(onward);
    });
    this.server.on('connection', (socket: Socket) => this.track(socket));
    this.server.on('connect', (incoming, client: Socket, head: Buffer) => {
      this.record(`CONNECT ${incoming.url}`, incoming.headers['proxy-authorization']);
      // The server leaves a tunnel's socket half open when the client ends it: close it then.
      client.on('end', () => client.destroy());
      if (this.hold) return;
      const [host, port] = (incoming.url ?? '').split(':');
      const target = this.track(connect(Number(port), host));
      target.on('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        target.write(head);
        target.pipe(client);
        client.pipe(target);
      });
      target.on('error', () => client.destroy());
      client.on('error', () => target.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Resolves once no connection to or from the proxy is open. */
  async allClosed(): Promise<void> {
    while (this.sockets.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  private record(what: string, authorization: string | undefined) {
    this.used.push(what);
    this.authorizations.push(authorization ?? '');
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }
}

/**
 * A server on 127.0.0.1 that only notes whether a connection opened with a TLS handshake (its first
 * byte 0x16) and closes it: where a client that tunnels to an https URL says hello.
 */
export class TlsHelloCatcher {
  /** Per connection: whether it started a TLS handshake. */
  readonly hellos: boolean[] = [];
  url = '';
  private readonly server = createNetServer((socket) =>
    socket.once('data', (bytes: Buffer) => {
      this.hellos.push(bytes[0] === 0x16);
      socket.destroy();
    }),
  );

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/query`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve));
  }
}
