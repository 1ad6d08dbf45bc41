/**
 * One failing rule must never lose the article: each rule runs guarded, and a
 * rule that throws is recorded once (with how often it failed) while the rest
 * of the analysis stands.
 */
import type { RuleError } from './model';

export class RuleErrors {
  private readonly byRule = new Map<string, { message: string; count: number }>();

  /** Runs `fn`; when it throws, records the failure under `rule` and returns `fallback`. */
  run<T>(rule: string, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (error) {
      const seen = this.byRule.get(rule);
      if (seen) seen.count++;
      else this.byRule.set(rule, { message: describe(error), count: 1 });
      return fallback;
    }
  }

  /** Takes in the failures another recorder saw (a block's, kept with its result), as if they had happened here. */
  absorb(failures: readonly RuleError[]): void {
    for (const { rule, message, count } of failures) {
      const seen = this.byRule.get(rule);
      if (seen) seen.count += count;
      else this.byRule.set(rule, { message, count });
    }
  }

  list(): RuleError[] {
    return [...this.byRule].map(([rule, { message, count }]) => ({ rule, message, count }));
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
