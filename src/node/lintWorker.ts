// The editor's lint worker (bundled as dist/lintWorker.js): lint and the figure index off the extension host's
// thread, served over the worker's MessagePort. No chart compiler: in the editor the chart panel reports broken charts.
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import type { ToLintServer } from '../core/lint/lintProtocol';
import { serveLint } from '../core/lint/lintServer';

const port = parentPort;
if (port) {
  serveLint({
    send: (message) => port.postMessage(message),
    listen: (receive) => port.on('message', receive),
    takeArrived: () => receiveMessageOnPort(port)?.message as ToLintServer | undefined,
  });
}
