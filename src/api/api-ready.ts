// In the demo build the insurer's API is a service worker that takes a moment to start. The start page must
// not wait for it, so every API call waits here instead (main.tsx hands in the worker's start promise).
let ready: Promise<void> = Promise.resolve();

export function setApiReady(promise: Promise<void>): void {
  ready = promise;
}

export function whenApiReady(): Promise<void> {
  return ready;
}
