// REST of the voice: status (public), clips of the pack (public: an <audio> element sends no
// token, and a clip is no secret), speech of arbitrary text (paired screens and staff; limited
// per address), the pack clip by clip (admins).
import { createReadStream } from 'node:fs';
import type { VoiceStatus } from '@cherha/contracts';
import type { Config } from '../config';
import { DomainError } from '../errors';
import type { App } from '../http/context';
import { route } from '../http/route';
import { VoicePack } from './pack';
import { SPEECH_ENGINE, SpeechService } from './speech';

const tags = ['voice'];
/** speech requests per minute per address: a kiosk reads a screen per tap, never this often */
const SPEECH_PER_MINUTE = 60;

export interface VoiceServices {
  pack: VoicePack;
  speech: SpeechService;
}

export function createVoice(config: Pick<Config, 'voiceDir' | 'voiceSynthesis'>): VoiceServices {
  return { pack: new VoicePack(config.voiceDir), speech: new SpeechService(config.voiceSynthesis) };
}

function status(v: VoiceServices): VoiceStatus {
  return { clips: v.pack.summary(), speech: { available: v.speech.available, engine: v.speech.available ? SPEECH_ENGINE : null } };
}

export function voiceRoutes(app: App, v: VoiceServices): void {
  route(app, 'getVoiceStatus', async () => status(v), { tags });

  route(app, 'getVoiceClip', async (req, reply) => {
    const clip = v.pack.clip(req.params.clip);
    if (!clip) throw new DomainError('NOT_FOUND', `Фрагмента «${req.params.clip}» немає ні в пакеті центру, ні в типовому`);
    const etag = `"${clip.source}-${clip.size}-${Math.floor(clip.mtimeMs)}"`;
    // a centre may replace a clip at any time: the board asks again each time (a cheap 304)
    void reply.header('Cache-Control', 'no-cache').header('ETag', etag);
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type(clip.contentType).header('Content-Length', clip.size).send(createReadStream(clip.path));
  }, { tags });

  route(app, 'getSpeech', async (req, reply) => {
    const wav = await v.speech.speak(req.query.text, req.query.lang);
    return reply.type('audio/wav').header('Cache-Control', 'private, max-age=3600').send(wav);
  }, { tags, config: { rateLimit: { max: SPEECH_PER_MINUTE, timeWindow: '1 minute' } } });

  route(app, 'getVoicePack', async () => ({ ...v.pack.view(), status: status(v) }), { tags });
}
