/**
 * Fuzz sizes: small in `npm test`, the full counts with `npm run fuzz`
 * (FUZZ=full), so the suite stays fast and the deep run stays one command.
 */
export const FULL = process.env.FUZZ === 'full';
export const runs = (full: number, quick: number) => (FULL ? full : quick);
