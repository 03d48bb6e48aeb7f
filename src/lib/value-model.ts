/**
 * The value model behind the payback calculator: a driver's yearly benefit is the product of
 * its inputs, the model's is the sum of its drivers. Numbers only — no formulas, no eval.
 */
import type { ValueModel } from '../schemas/concepts.ts';
import { toMinor } from './money.ts';

export type ValueInput = ValueModel['drivers'][number]['inputs'][number];

/** An input as a form shows it, with the label and position of the (first) driver it belongs to. */
export interface ValueFormInput extends ValueInput {
  driver: string;
  driverIndex: number;
}

/**
 * Every input of the model, in order, once per id (an id used by two drivers, say an hourly
 * rate, is one field and one override).
 */
export function valueInputs(model: ValueModel): ValueFormInput[] {
  const seen = new Map<string, ValueFormInput>();
  model.drivers.forEach((driver, driverIndex) => {
    for (const input of driver.inputs) {
      if (!seen.has(input.id)) seen.set(input.id, { ...input, driver: driver.label, driverIndex });
    }
  });
  return [...seen.values()];
}

/**
 * The number an input counts with: the override when it is a finite number, else the default.
 * An input whose unit is "%" counts as a fraction (15 % → 0.15), so authors and customers
 * write percentages the way they say them.
 */
export function inputValue(input: ValueInput, overrides: Readonly<Record<string, number>> = {}): number {
  const override = overrides[input.id];
  const value = typeof override === 'number' && Number.isFinite(override) ? override : input.default;
  return input.unit.trim() === '%' ? value / 100 : value;
}

export interface YearlyBenefit {
  currency: string;
  drivers: { label: string; yearly: number }[];
  /** Sum of the drivers, in major units of `currency`. */
  total: number;
  /** The total in integer minor units, ready for pricing.ts (paybackMonths). */
  totalMinor: number;
}

/** The customer's yearly benefit from the model, with their numbers where they gave them. */
export function yearlyBenefit(
  model: ValueModel,
  overrides: Readonly<Record<string, number>> = {},
): YearlyBenefit {
  const drivers = model.drivers.map((driver) => ({
    label: driver.label,
    yearly: driver.inputs.reduce((product, input) => product * inputValue(input, overrides), 1),
  }));
  const total = drivers.reduce((sum, d) => sum + d.yearly, 0);
  return { currency: model.currency, drivers, total, totalMinor: toMinor(total, model.currency) };
}
