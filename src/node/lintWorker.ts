// The editor's lint worker (bundled as dist/lintWorker.js): lint and the figure index off the extension host's
// thread. No chart compiler: in the editor the chart panel reports broken charts.
import { parentPort } from 'node:worker_threads';
import { serveLint } from './lintWorkerServer';

if (parentPort) serveLint(parentPort);
