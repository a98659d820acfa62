import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { mockControlPath, mockControlStateSchema, type MockControlRequest } from './contracts/mock-control';

export const mockControlQuery = () =>
  queryOptions({
    queryKey: ['mock-control'],
    queryFn: () => apiFetch(mockControlPath, mockControlStateSchema),
  });

export function postMockControl(request: MockControlRequest) {
  return apiFetch(mockControlPath, mockControlStateSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
}

export function resetMockControl() {
  return apiFetch(mockControlPath, mockControlStateSchema, { method: 'DELETE' });
}
