const DEMO_USERS = {
  demodam: [
    'wijkteam.anna', 'wmo.bram', 'jeugd.chris', 'pw.dewi', 'brp.eva', 'bwt.fleur', 'oov.gijs',
    'voorzitter.hanna', 'privacy.ivo', 'beheer.jan', 'analist.kim',
  ],
  tweestad: ['wmo.lotte'],
};

/** What to do next, printed once the API answers /health/ready. */
export function printWelcome(baseUrl: string, readyAfterSeconds: number): void {
  const query = JSON.stringify({ query: '{ me { username discipline roles tenant } }' });
  const lines = [
    '',
    `Vangrail is running (ready in ${readyAfterSeconds.toFixed(1)} s).`,
    '',
    `  Web app   ${baseUrl}/            (development login: pick a demo user)`,
    `  GraphQL   ${baseUrl}/graphql`,
    `  Health    ${baseUrl}/health/ready      Metrics  ${baseUrl}/metrics`,
    '',
    '  Demo users',
    ...Object.entries(DEMO_USERS).map(([tenant, users]) => `    ${tenant.padEnd(9)} ${users.join(', ')}`),
    '',
    '  A token for a demo user:   npm run token -- wmo.bram',
    '  Try it (in another terminal):',
    '    TOKEN=$(npm run -s token -- wmo.bram)',
    `    curl -s ${baseUrl}/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '${query}'`,
    '',
    '  Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`); // no prefix: lines are meant for copy and paste
}
