/**
 * The standalone debug adapter (`node dist/adapter.js`): one session over stdin/stdout, or
 * with `--server=PORT` a server on 127.0.0.1 with a session per connection (port 0: any free
 * port; the port is printed on stderr). Sessions of a server share loaded models. Each
 * session serves the mode its launch names (modeRouter.ts).
 */
import * as net from 'node:net';
import { CompareDebugSession } from './compareSession/compareDebugSession.js';
import { nodeFileAccessor } from './fileAccessor.js';
import { ModeRouter, type DebugMode } from './modeRouter.js';
import { NeuralDebugSession } from './neuralSession.js';
import { PredictorCache } from './predictorCache.js';

const predictors = new PredictorCache();
const sessionFor = (mode: DebugMode) =>
  mode === 'compare' ? new CompareDebugSession({ predictors }) : new NeuralDebugSession(nodeFileAccessor, { predictors });
const portArg = process.argv.slice(2).find((a) => a.startsWith('--server='));

if (portArg !== undefined) {
  const port = Number(portArg.slice('--server='.length));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`not a port: ${portArg}`);
    process.exit(2);
  }
  const server = net.createServer((socket) => {
    // A response and the events after it are small writes: without this, Nagle's algorithm
    // and the client's delayed ACK hold each second one back ~40 ms.
    socket.setNoDelay(true);
    const session = new ModeRouter(sessionFor);
    session.setRunAsServer(true);
    session.start(socket, socket);
    socket.on('close', () => session.dispose());
    socket.on('error', () => socket.destroy());
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address() as net.AddressInfo;
    console.error(`neural debug adapter listening on 127.0.0.1:${address.port}`);
  });
} else {
  // stdout carries the protocol: anything a library prints goes to stderr.
  console.log = console.info = console.warn = console.debug = console.error;
  const session = new ModeRouter(sessionFor);
  process.on('SIGTERM', () => session.shutdown());
  session.start(process.stdin, process.stdout);
}
