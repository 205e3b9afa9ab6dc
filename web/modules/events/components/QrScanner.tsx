/**
 * The device camera as a QR reader: getUserMedia (back camera preferred) into a <video>, frames drawn on a
 * hidden canvas and decoded with jsQR a few times a second. Started by a button (browsers ask permission
 * only on a user gesture) and stopped when the page goes away. Without a camera it says so; the typed code
 * next to it always works.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type TState = 'idle' | 'starting' | 'scanning' | 'unavailable' | 'denied';

const FRAME_MS = 200;

export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timerRef = useRef<number | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const [state, setState] = useState<TState>('idle');

  const stop = () => {
    if (timerRef.current !== null) window.clearInterval(timerRef.current);
    timerRef.current = null;
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setState((s) => (s === 'scanning' || s === 'starting' ? 'idle' : s));
  };

  useEffect(() => stop, []);

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('unavailable');
      return;
    }
    setState('starting');
    try {
      const [{ default: jsQR }, stream] = await Promise.all([
        import('jsqr'),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }),
      ]);
      streamRef.current = stream;
      const video = videoRef.current!;
      video.srcObject = stream;
      await video.play();
      setState('scanning');
      timerRef.current = window.setInterval(() => {
        const canvas = canvasRef.current;
        if (!canvas || video.readyState < 2 || !video.videoWidth) return;
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        if (!ctx) return;
        ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
        const frame = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
        if (found?.data) onCodeRef.current(found.data);
      }, FRAME_MS);
    } catch (e) {
      stop();
      setState(e instanceof DOMException && e.name === 'NotAllowedError' ? 'denied' : 'unavailable');
    }
  };

  const scanning = state === 'scanning' || state === 'starting';
  return (
    <div className="qr-scanner">
      <video
        ref={videoRef}
        className="qr-scanner__video"
        hidden={!scanning}
        muted
        playsInline
        aria-label={t('events.checkIn.cameraView')}
      />
      <canvas ref={canvasRef} hidden />
      {state === 'unavailable' ? <p className="muted">{t('events.checkIn.noCamera')}</p> : null}
      {state === 'denied' ? <p className="muted">{t('events.checkIn.cameraDenied')}</p> : null}
      {scanning ? (
        <button type="button" className="button button--secondary" onClick={stop}>
          {t('events.checkIn.stopCamera')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void start()}>
          {t('events.checkIn.startCamera')}
        </button>
      )}
    </div>
  );
}
