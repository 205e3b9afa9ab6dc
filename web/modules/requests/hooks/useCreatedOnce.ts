/** Whether the page was reached right after filing the request (`state.created`), read once. */
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

export function useCreatedOnce(): boolean {
  const location = useLocation();
  const navigate = useNavigate();
  const [created] = useState(() => (location.state as { created?: boolean } | null)?.created === true);
  // The notice is for the moment of filing: drop it from history so a reload does not repeat it.
  useEffect(() => {
    if (created) navigate(location.pathname, { replace: true, state: null });
    // Deliberately once.
  }, []);
  return created;
}
