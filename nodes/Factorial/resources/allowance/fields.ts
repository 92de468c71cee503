import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

const title = (value: string) => value.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
const choice = (wire: string, displayName: string, values: string[], description?: string): FieldSpec => ({
	wire,
	displayName,
	kind: 'options',
	default: values[0],
	options: [...values].sort().map((value) => ({ name: title(value), value })),
	...(description ? { description } : {}),
});
const flag = (wire: string, displayName: string, description: string): FieldSpec => ({ wire, displayName, kind: 'boolean', description });
const cents = (wire: string, displayName: string, description?: string): FieldSpec => ({ wire, displayName, kind: 'number', ...(description ? { description } : {}) });

export const allowanceId = recordId('allowanceId', 'Allowance ID');

// Required on create (first value = the default); all of them optional on update except where noted.
export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', placeholder: 'e.g. Vacation' };
export const policyId: FieldSpec = { wire: 'timeoff_policy_id', displayName: 'Time Off Policy ID', kind: 'id' };
export const leaveTypeIds: FieldSpec = { wire: 'leave_type_ids', displayName: 'Leave Type IDs', kind: 'list', each: 'id', description: 'The leave types that draw from this allowance' };
export const amount = cents('holiday_allowance_in_cents', 'Units per Cycle (in Cents)', 'Days or hours given per cycle, in hundredths (2300 = 23)');
export const allowanceType = choice('allowance_type', 'Counted In', ['days', 'hours']);
export const availableDays = choice('available_days', 'Accrual', ['all_days', 'generated_days', 'generated_days_monthly', 'generated_days_monthly_first_day', 'monthly_fifteenth', 'mensiversary', 'bimonthly_first_and_fifteenth', 'bimonthly_fifteenth_and_last'], 'How the units are given; All Days gives them all on the first day of the cycle');
export const accruedAvailability = choice('accrued_units_availability', 'Accrued Units Usable In', ['current_cycle', 'next_cycle']);
export const cycleStart = choice('cycle_start', 'Cycle Starts', ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'employee_hired_date']);
export const daysType = choice('days_type', 'Days Counted', ['working_days', 'natural_days', 'natural_days_only_range', 'french_calendar_days', 'french_ouvres']);
export const negativeCounter = choice('negative_counter_type', 'Negative Balance', ['negative_counter_disabled', 'negative_counter_enabled'], 'Whether employees may ask for more than they have');
export const proration = choice('proration_type', 'Proration', ['proration_enabled', 'proration_disabled']);
export const rounding = choice('rounding', 'Rounding', ['half_day', 'decimals', 'quarters', 'round_up']);
export const sourceUnits = choice('source_units', 'Source', ['base_units', 'overtime_units', 'by_worked_time'], 'A fixed balance, overtime, or earned by time worked');
export const countHolidays = flag('count_holiday_as_workable', 'Deduct on Bank Holidays', 'Whether time off on a bank holiday is deducted');
export const prorated = flag('pto_proratio_enabled', 'Prorated Days', 'Whether the days are prorated');
export const unlimited: FieldSpec[] = [
	flag('unlimited_accrued_hours', 'Unlimited Accrual', 'Whether accrual has no limit'),
	flag('unlimited_carry_over', 'Unlimited Carry Over', 'Whether all unused units carry over'),
	flag('unlimited_carry_over_expiration', 'Carry Over Never Expires', 'Whether carried over units never expire'),
	flag('unlimited_holidays', 'Unlimited', 'Whether the allowance has no limit'),
];
export const tenurePeriods: FieldSpec = {
	wire: 'tenure_periods',
	displayName: 'Tenure Periods (JSON)',
	kind: 'json',
	default: '[]',
	hint: 'e.g. [{"balance_type": "fixed_balance", "period_length": 5, "period_type": "years", "adjustment_in_cents": 100}]',
	description: 'Extra units after some time in the company; [] for none',
};

// Optional on create and update alike.
export const settings: FieldSpec[] = [
	cents('accrued_denominator_in_cents', 'Accrual Denominator (in Cents)', 'For allowances earned by time worked: units to work'),
	cents('accrued_factor_in_cents', 'Accrual Factor (in Cents)', 'For allowances earned by time worked: units given per unit worked'),
	cents('carry_over_units_in_cents', 'Carry Over (in Cents)'),
	{ wire: 'expire_in_months', displayName: 'Carry Over Expires After (Months)', kind: 'number', integer: true, min: 0 },
	choice('frequency', 'Cycle', ['yearly', 'monthly_flexible', 'lifetime']),
	cents('maximum_amount_in_cents', 'Maximum (in Cents)'),
	{ wire: 'position', displayName: 'Position', kind: 'number', integer: true, min: 0 },
	choice('range_type', 'Range', ['exact_range', 'extra_non_working_days_at_end']),
	choice('tenure_period_transition', 'Tenure Applies', ['beginning_of_cycle', 'end_of_cycle', 'after_milestone']),
	flag('tenure_periods_enabled', 'Tenure Periods Enabled', 'Whether tenure periods apply'),
];
