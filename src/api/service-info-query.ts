import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { serviceInfoPath, serviceInfoSchema } from './contracts/service-info';

export const serviceInfoQuery = () =>
  queryOptions({
    queryKey: ['service-info'],
    queryFn: () => apiFetch(serviceInfoPath, serviceInfoSchema),
    staleTime: 60 * 60 * 1000,
  });
