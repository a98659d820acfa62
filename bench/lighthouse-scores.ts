import lighthouse from 'lighthouse';
import { launch } from './wizard-pages';

export type Scores = { url: string; performance: number; accessibility: number };

// A fixed port for Chromium's DevTools protocol, which Lighthouse drives; the bench runs alone.
const debuggingPort = 9333;

/**
 * Lighthouse's default (mobile: Moto G Power screen, simulated slow 4G and 4× CPU slowdown) for performance and
 * accessibility, one fresh run per page against the production build served with its real headers.
 */
export async function lighthouseScores(urls: readonly string[]): Promise<Scores[]> {
  const browser = await launch([`--remote-debugging-port=${debuggingPort}`]);
  try {
    const scores: Scores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories } = result.lhr;
      scores.push({
        url,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      });
    }
    return scores;
  } finally {
    await browser.close();
  }
}
