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
export interface VoiceStatus {
  clips: {
    /** every clip of the list can be served (the default pack is complete, or the centre's fills it) */
    available: boolean;
    total: number;
    /** how many of them come from the centre's own folder (EQUEUE_VOICE_DIR) */
    custom: number;
  };
  speech: {
    /** the server can read arbitrary text aloud (eSpeak NG, run as a separate program) */
    available: boolean;
    engine: string | null;
  };
}

export type VoiceClipSource = 'custom' | 'default' | 'missing';
/** GET /api/voice/pack (admins): the pack clip by clip. */
export interface VoicePackView {
  /** the centre's folder as configured (EQUEUE_VOICE_DIR), null when unset */
  customDir: string | null;
  /** the configured folder could not be read */
  customDirProblem: string | null;
  clips: { name: string; text: string; source: VoiceClipSource; format: keyof typeof VOICE_CLIP_FORMATS | null }[];
  status: VoiceStatus;
}

/** this module's rows of the route table's schema half (contract.ts) */
export const VOICE_CONTRACT = {
} as const satisfies ContractRows;
