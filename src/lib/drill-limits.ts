/** The drill's daily limits, apart from the scheduler so progress code can use them without loading FSRS. */
export interface DailyLimits {
  /** New cards a day (10 by default). */
  newPerDay: number;
  /** Reviews a day (30 by default). */
  reviewsPerDay: number;
}

export const defaultLimits: DailyLimits = { newPerDay: 10, reviewsPerDay: 30 };
