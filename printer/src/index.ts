// Public API of @cherha/printer. Imports only @cherha/contracts and libraries.
export { layout, testPageDocument, type LayoutOptions } from './layout';
export type { Block, TicketDocument, TextSize, Align } from './document';
export { encode, CMD } from './encode';
export { encodeText, normalizeForCodePage, UnencodableTextError } from './codepage';
export { PRESETS, PRESET_NAMES, resolveProfile, paperGeometry, type Profile, type ProfileSpec, type PresetName, type PaperWidth, type CodePage } from './profile';
export { renderDocument, type RenderStyle } from './render';
export { bitmapToPng, bitmapToRasterCommands, qrBitmap, type Bitmap } from './bitmap';
export { decodeStatus, DLE_EOT, BLOCKING_STATES, isStatusByte } from './status';
export { createPrinter, renderPreviewPng, STATE_MESSAGES, type Printer, type PrintOutcome, type PrinterStatus, type Outcome, type PrinterDeps } from './printer';
export { PrinterConfig, parsePrinterConfig, TRANSPORTS, type PrinterConfigInput, type TransportName } from './config';
export { RollCounter } from './roll-counter';
export { tcpTransport, type TcpOptions } from './transports/tcp';
export { serialTransport, type SerialOptions, type FlowControl } from './transports/serial';
export { usbTransport, fileTransport, type DeviceOptions } from './transports/device';
export { memoryTransport, type MemoryTransport } from './transports/memory';
export type { Transport, Connection } from './transports/types';
