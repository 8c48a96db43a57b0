// The voice on the wire: the clip route's name check, the speech query, status and pack views,
// the routes. The clip list and builders are in voice-clips.ts (no zod, for browser code).
import { z } from 'zod';
import { isVoiceClip, VOICE_CLIP_FORMATS } from './voice-clips';
import type { ContractRows } from './contract';

export * from './voice-clips';

export const VOICE_LANGUAGES = ['uk', 'en'] as const;
export type VoiceLanguage = (typeof VOICE_LANGUAGES)[number];
/** the longest text the kiosk may have read aloud in one request (a screen of service names) */
export const MAX_SPEECH_TEXT = 1500;

export const VoiceClipParams = z.object({
  clip: z.string().max(40).refine(isVoiceClip, 'Такого фрагмента голосу немає'),
}).strict();

export const SpeechQuery = z.object({
  lang: z.enum(VOICE_LANGUAGES, { error: 'Мова: uk або en' }).default('uk'),
  text: z.string().trim().min(1, 'Немає тексту для озвучення').max(MAX_SPEECH_TEXT, `Текст для озвучення — не довше ${MAX_SPEECH_TEXT} символів`),
}).strict();
export type SpeechQueryInput = z.infer<typeof SpeechQuery>;

/** GET /api/voice/status (public): what the board and the kiosk can count on. */
export const VoiceStatusSchema = z.object({
  clips: z.object({
    /** every clip of the list can be served (the default pack is complete, or the centre's fills it) */
    available: z.boolean(),
    total: z.number().int(),
    /** how many of them come from the centre's own folder (EQUEUE_VOICE_DIR) */
    custom: z.number().int(),
  }),
  speech: z.object({
    /** the server can read arbitrary text aloud (eSpeak NG, run as a separate program) */
    available: z.boolean(),
    engine: z.string().nullable(),
  }),
});
export type VoiceStatus = z.infer<typeof VoiceStatusSchema>;

export const VOICE_CLIP_SOURCES = ['custom', 'default', 'missing'] as const;
export type VoiceClipSource = (typeof VOICE_CLIP_SOURCES)[number];
const clipFormats = Object.keys(VOICE_CLIP_FORMATS) as [keyof typeof VOICE_CLIP_FORMATS, ...(keyof typeof VOICE_CLIP_FORMATS)[]];

/** GET /api/voice/pack (admins): the pack clip by clip. */
export const VoicePackViewSchema = z.object({
  /** the centre's folder as configured (EQUEUE_VOICE_DIR), null when unset */
  customDir: z.string().nullable(),
  /** the configured folder could not be read */
  customDirProblem: z.string().nullable(),
  clips: z.array(z.object({ name: z.string(), text: z.string(), source: z.enum(VOICE_CLIP_SOURCES), format: z.enum(clipFormats).nullable() })),
  status: VoiceStatusSchema,
});
export type VoicePackView = z.infer<typeof VoicePackViewSchema>;

/** this module's rows of the route table's schema half (contract.ts) */
export const VOICE_CONTRACT = {
  getVoiceStatus: { summary: 'Чи є голос на сервері: фрагменти для викликів і озвучення тексту', response: VoiceStatusSchema },
  // the default pack is WAV; a centre's own clip goes out as its own type (VOICE_CLIP_FORMATS)
  getVoiceClip: { summary: 'Звуковий фрагмент виклику (з пакета центру або типового)', params: VoiceClipParams, response: { file: ['audio/wav', 'audio/mpeg', 'audio/ogg', 'audio/webm'] } },
  getSpeech: { summary: 'Озвучити текст (WAV): «Озвучити» на терміналі', query: SpeechQuery, response: { file: 'audio/wav' } },
  getVoicePack: { summary: 'Пакет голосу: кожен фрагмент і звідки він (адміністратор)', response: VoicePackViewSchema },
} as const satisfies ContractRows;
