import lighthouse from 'lighthouse';
import { launch } from './wizard-pages';

export type Scores = {
  url: string;
  /** The median of `runs` fresh runs (issue 11: one run swings with the machine's load). */
  performance: number;
  accessibility: number;
  /** Every run's performance score, in order. */
  performanceRuns: number[];
};

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
};

// A fixed port for Chromium's DevTools protocol, which Lighthouse drives; the bench runs alone.
const debuggingPort = 9333;

/**
 * Lighthouse's default (mobile: Moto G Power screen, simulated slow 4G and 4× CPU slowdown) for performance and
 * accessibility, `runs` fresh runs per page against the production build served with its real headers; the
 * median is reported.
 */
export async function lighthouseScores(urls: readonly string[], runs = 5): Promise<Scores[]> {
  const browser = await launch([`--remote-debugging-port=${debuggingPort}`]);
  try {
    const scores: Scores[] = [];
    for (const url of urls) {
      const performance: number[] = [];
      const accessibility: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(url, {
          port: debuggingPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { categories } = result.lhr;
        performance.push(Math.round((categories.performance?.score ?? 0) * 100));
        accessibility.push(Math.round((categories.accessibility?.score ?? 0) * 100));
      }
      scores.push({
        url,
        performance: median(performance),
        accessibility: median(accessibility),
        performanceRuns: performance,
      });
    }
    return scores;
  } finally {
    await browser.close();
  }
}
