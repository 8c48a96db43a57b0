// The preview worker: a ticket drawn as a PNG costs ~140 ms of CPU (fonts, anti-aliasing,
// PNG deflate), too long for the thread that answers kiosks. The virtual printer sends the
// laid-out document here and gets the PNG bytes back.
import { parentPort } from 'node:worker_threads';
import { bitmapToPng } from '../bitmap';
import type { TicketDocument } from '../document';
import type { Profile } from '../profile';
import { renderDocument } from '../render';

export interface RenderRequest {
  id: number;
  doc: TicketDocument;
  profile: Profile;
}
export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (req: RenderRequest) => {
  try {
    const png = bitmapToPng(renderDocument(req.doc, req.profile));
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    parentPort!.postMessage({ id: req.id, png: bytes } satisfies RenderReply);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies RenderReply);
  }
});
