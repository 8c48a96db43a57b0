import { useMemo } from 'react';
import QRCode from 'qrcode';

/** A QR code drawn as SVG (crisp at any size, no canvas, no image files). */
export function Qr({ text, size = 240, label }: { text: string; size?: number; label: string }) {
  const path = useMemo(() => {
    try {
      const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
      const n = qr.modules.size;
      let d = '';
      for (let r = 0; r < n; r += 1) {
        for (let c = 0; c < n; c += 1) {
          if (qr.modules.get(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
        }
      }
      return { d, n: n + 8 };
    } catch {
      return null;
    }
  }, [text]);
  if (!path) return null;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${path.n} ${path.n}`}
      shapeRendering="crispEdges"
    >
      <rect width={path.n} height={path.n} fill="#ffffff" />
      <path d={path.d} fill="#000000" />
    </svg>
  );
}
