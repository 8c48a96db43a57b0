// Drawn, not typed: the arrow and the warning sign as glyphs come from whichever fallback font
// the TV has, with its own height and position (a "→" that sits too high points at nothing,
// a "⚠" that makes the line taller spills out of it). Both scale with the text (1 em).

export function ArrowIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 100 60" width="1.6em" height="1em" aria-hidden="true" focusable="false">
      <path d="M4 22h62V4l30 26-30 26V38H4z" fill="currentColor" />
    </svg>
  );
}

export function WarningIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 100 90" width="1.1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M50 3 97 87H3z" fill="currentColor" />
      <path d="M45 30h10l-2 32h-6zM45 68h10v10H45z" fill="#000000" />
    </svg>
  );
}
