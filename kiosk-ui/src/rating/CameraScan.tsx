// Scanning the ticket's QR code with the device camera where the browser has BarcodeDetector
// (feature-detected; no library is downloaded). The first code read is handed over.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DetectedCode {
  rawValue: string;
}
interface Detector {
  detect(source: HTMLVideoElement): Promise<DetectedCode[]>;
}
type DetectorCtor = new (options: { formats: string[] }) => Detector;

function detectorCtor(): DetectorCtor | null {
  const ctor = (globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
  return typeof ctor === 'function' && !!navigator.mediaDevices?.getUserMedia ? ctor : null;
}

export const cameraScanAvailable = (): boolean => detectorCtor() !== null;

const SCAN_EVERY_MS = 250;

export function CameraScan({ onCode, onClose }: { onCode: (text: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  useEffect(() => {
    const Ctor = detectorCtor();
    if (!Ctor) return undefined;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const detector = new Ctor({ formats: ['qr_code'] });
    const scan = async () => {
      const video = videoRef.current;
      if (stopped || !video) return;
      try {
        const found = video.readyState >= 2 ? await detector.detect(video) : [];
        const text = found[0]?.rawValue;
        if (text && !stopped) {
          stopped = true;
          onCodeRef.current(text);
          return;
        }
      } catch {
        /* a frame that could not be read: try the next one */
      }
      timer = setTimeout(() => void scan(), SCAN_EVERY_MS);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        stream = s;
        if (stopped || !videoRef.current) return;
        videoRef.current.srcObject = s;
        void videoRef.current.play().catch(() => undefined);
        void scan();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <div className="rt-camera" role="dialog" aria-modal="true" aria-labelledby="rt-camera-title">
      <h2 id="rt-camera-title">{failed ? t('rt.cameraFailed') : t('rt.cameraTitle')}</h2>
      {failed ? null : <video ref={videoRef} className="rt-camera__video" muted playsInline aria-hidden="true" />}
      <button type="button" className="rt-secondary" onClick={onClose} autoFocus>
        {t('rt.cancel')}
      </button>
    </div>
  );
}
