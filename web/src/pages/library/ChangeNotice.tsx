import type { Ref } from 'react';
import type { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';

/** What the list says after a change, with a way back when there is one. */
export interface Notice {
  type: 'ok' | 'info' | 'warning';
  text: string;
  undo?: () => void;
}

interface ChangeNoticeProps {
  notice: Notice | null;
  error: ApiError | null;
  busy: boolean;
  /** Focused after a row's button disappeared (deactivated), so keyboard users are not lost. */
  noticeRef: Ref<HTMLDivElement>;
}

export function ChangeNotice({ notice, error, busy, noticeRef }: ChangeNoticeProps) {
  return (
    <>
      <div className="dbk-live" role="status">
        {notice ? (
          <Alert type={notice.type} ref={noticeRef}>
            <p className="utrecht-paragraph dbk-paragraph">{notice.text}</p>
            {notice.undo ? (
              <Button appearance="secondary" busy={busy} onClick={notice.undo}>
                Ongedaan maken
              </Button>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {error ? (
        <Alert type="error" heading={error.title} role="alert">
          <p className="utrecht-paragraph dbk-paragraph">{error.errors.length > 0 ? error.errors.map((e) => e.message).join(' ') : error.detail}</p>
        </Alert>
      ) : null}
    </>
  );
}
