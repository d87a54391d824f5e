// Figures in the shape bench-results/latest.json keeps, for the report's and
// the README's tests: the root page's are the README's of 2026-11-29, and the
// plain page's are those of the plain page then (/apply-policies, since
// replaced by /troubleshooting, which has no form).
const KiB = 1024;

export const lighthouse = (
  performance: number,
  runs: number[],
  {FCP, LCP, TBT}: {FCP: number; LCP: number; TBT: number},
) => ({
  scores: {
    performance,
    accessibility: 100,
    'best-practices': 100,
    seo: 100,
  },
  metrics: {FCP, LCP, TBT, CLS: 0, SI: 1400},
  runs,
  failing: [] as string[],
});

export const typing = (
  path: string,
  rate: number,
  median: number,
  p95: number,
  outputs = 2,
) => ({
  path,
  rate,
  presses: 240,
  outputs,
  fields: ['REGION'],
  update: {median, p95, max: 50},
  bareField: {median: 6.7, p95: 10.1, max: 20},
  bareFieldFrame: {median: 10, p95: 23, max: 40},
  work: {median, p95, max: 50},
  frame: {median, p95, max: 50},
  allChanged: 100,
  anyChanged: 200,
  missing: [] as string[],
  problems: [] as {field: string; problem: string}[],
});

const bytes = (gzipKiB: number, afterInputKiB?: number) => ({
  js: {raw: 0, gzip: gzipKiB * KiB},
  ...(afterInputKiB === undefined
    ? {}
    : {jsAfterInput: {raw: 0, gzip: afterInputKiB * KiB}}),
  css: {raw: 0, gzip: 0},
  files: [],
});

export const results = {
  measuredAt: '2026-11-29T06:33:12.000Z',
  dir: 'build',
  chromium: 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)',
  lighthouseVersion: '12.8.2',
  runs: 3,
  cpus: 2,
  loadAverage: 1.23,
  paths: {forms: ['/', '/queue'], plain: '/troubleshooting'},
  pages: [
    {
      path: '/',
      title: 'SageMaker page',
      outputs: 2,
      fields: ['REGION'],
      marker: 'ListObjectsInBucket',
    },
    {
      path: '/queue',
      title: 'Queue',
      outputs: 1,
      fields: ['REGION'],
      marker: 'VolumeSizeInGB',
    },
  ],
  lighthouse: {
    '/': lighthouse(89, [96, 89, 89], {FCP: 1260, LCP: 1320, TBT: 423}),
    '/queue': lighthouse(91, [91, 90, 93], {FCP: 1210, LCP: 1290, TBT: 380}),
    '/troubleshooting': lighthouse(83, [88, 83, 81], {
      FCP: 1200,
      LCP: 1270,
      TBT: 686,
    }),
  },
  bytes: {
    '/': bytes(153.6, 160.1),
    '/queue': bytes(148.2, 155.4),
    '/troubleshooting': bytes(140),
  },
  markers: {
    '/': {own: true, others: [] as string[]},
    '/queue': {own: true, others: ['/']},
    '/troubleshooting': {own: null, others: [] as string[]},
  },
  typing: [
    typing('/', 1, 4.7, 10.3),
    typing('/queue', 1, 3.1, 8.2, 1),
    typing('/', 4, 20.9, 34.5),
    typing('/queue', 4, 15.2, 30.4, 1),
  ],
  build: {
    seconds: 6.8,
    docusaurusSeconds: 5,
    precompressSeconds: 1.8,
    measuredAt: '2026-11-29T06:00:00.000Z',
    fresh: false,
    sameBuild: true,
  },
  benchSeconds: 180,
};
