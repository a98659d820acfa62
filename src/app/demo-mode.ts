/** True in `npm start` / `npm run dev`: the insurer's API is the embedded mock. */
export const demoMode = import.meta.env.VITE_API_MOCK === 'true';
