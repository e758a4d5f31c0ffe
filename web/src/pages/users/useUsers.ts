import { useQuery } from '@tanstack/react-query';
import { api, queryKeys } from '../../api';

/** The municipality's users (one list, shared by the list, edit and audit pages). */
export function useUsers(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: queryKeys.users, queryFn: () => api.users.list().then((result) => result.items), enabled: options.enabled ?? true });
}
