// The board app: the pairing screen until this PC holds a display token, then the hall board
// (board/Board.tsx). The window display (/board/?window=<id>) is chosen in main.tsx.
import { LanguageToggle, PairingScreen, useDeviceSession } from '@cherha/ui-kit';
import { Board } from './board/Board';
import { VoiceStatus } from './voiceStatus';

export function App() {
  const session = useDeviceSession('board');
  if (!session.token) {
    return (
      <div className="board board--pairing">
        {/* the technician at the pairing screen may choose the board's language; it is remembered */}
        <PairingScreen onPaired={session.paired}>
          <LanguageToggle />
        </PairingScreen>
      </div>
    );
  }
  // the voice status sits in the header's status corner: seen, never over a call
  return <Board key={session.token} token={session.token} branchId={session.branchId} recheck={session.recheck} status={<VoiceStatus />} />;
}
