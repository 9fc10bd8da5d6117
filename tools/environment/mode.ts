/** `npm start` runs in development mode, `npm test` in test mode. */
export type Mode = 'development' | 'test';
