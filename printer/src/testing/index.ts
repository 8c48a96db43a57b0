// @cherha/printer/testing: the fake printer and decoding helpers for tests (ours and the server's).
export { startFakePrinter, type FakePrinter, type FakePrinterOptions } from './fake-printer';
export { FakePrinterCore, FAKE_STATES, statusReply, type FakeState, type FakeJob } from './fake-core';
export { rasterFromJob } from './raster-decode';
export { sampleJob } from './sample-job';
