// Every test runs with TZ pinned to a non-UTC zone by the npm test script; fail loudly if someone runs vitest
// without it, because local-time bugs would then pass unnoticed.
if (process.env.TZ !== 'America/Los_Angeles') {
  throw new Error('Run the tests through `npm test` (it pins TZ=America/Los_Angeles), or set TZ yourself.');
}
