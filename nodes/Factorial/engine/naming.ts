import type { FieldSpec } from './types';

/** Factorial's snake_case wire name → n8n's camelCase parameter name (`team_ids` → `teamIds`). */
export function parameterName(field: FieldSpec): string {
	return field.name ?? field.wire.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
