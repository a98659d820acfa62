import { http, HttpResponse } from 'msw';
import { serviceInfoPath } from '../../src/api/contracts/service-info';
import { beforeRoute } from '../control/failure-switch';
import { demoServiceInfo } from '../data/service-info';

export const serviceInfoRoute = 'service-info';

export const serviceInfoHandler = http.get(serviceInfoPath, async ({ request }) => {
  const planned = await beforeRoute(serviceInfoRoute, { signal: request.signal });
  if (planned) return planned;
  return HttpResponse.json(demoServiceInfo, { headers: { 'Cache-Control': 'no-store' } });
});
