/**
 * The one breakpoint between the desktop and the phone layout. The phone
 * layout (PhoneBar, MapFilterChip, the bottom sheet, the one-line footer) is
 * chosen here; the stylesheets' `@media (max-width: 760px)` rules use the same
 * number (tests/unit/components/breakpoint.test.ts checks every one).
 */
import { useSyncExternalStore } from 'react';

export const PHONE_MAX_WIDTH = 760;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia?.(PHONE_QUERY);
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

const isPhone = () => window.matchMedia?.(PHONE_QUERY).matches ?? false;

/** True while the window is phone-sized; re-renders when it crosses the breakpoint. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
