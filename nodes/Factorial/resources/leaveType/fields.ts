import type { FieldSpec } from '../../engine/types';

export const leaveTypeId: FieldSpec = {
	wire: 'id',
	name: 'leaveTypeId',
	displayName: 'Leave Type',
	kind: 'locator',
	locator: 'leaveType',
	required: true,
};

// The settings Factorial requires when a leave type is created; optional on update.
export const essentials: FieldSpec[] = [
	{ wire: 'name', displayName: 'Name', kind: 'string', placeholder: 'e.g. Vacation' },
	{ wire: 'identifier', displayName: 'Identifier', kind: 'string', placeholder: 'e.g. vacation', description: 'A unique code for the leave type' },
	{ wire: 'color', displayName: 'Color', kind: 'string', placeholder: 'e.g. 07A2AD', description: 'The color shown for this leave type, as a hex code' },
	{ wire: 'accrues', displayName: 'Accrues', kind: 'boolean', description: 'Whether leaves of this type use up a balance that builds up over time' },
	{ wire: 'approval_required', displayName: 'Approval Required', kind: 'boolean', description: 'Whether leaves of this type must be approved' },
	{ wire: 'workable', displayName: 'Workable', kind: 'boolean', description: 'Whether days on this leave still count as working days' },
	{ wire: 'details_required', displayName: 'Details Required', kind: 'boolean', description: 'Whether employees must give details (a reason) when they request this leave' },
];

// Optional settings that POST and PUT both take under the same wire name.
export const settings: FieldSpec[] = [
	{ wire: 'description', displayName: 'Description', kind: 'string' },
	{ wire: 'attachment', displayName: 'Attachment', kind: 'boolean', description: 'Whether a document (for example a sick note) can be attached' },
	{ wire: 'is_attachment_mandatory', displayName: 'Attachment Mandatory', kind: 'boolean', description: 'Whether a document must be attached' },
	{ wire: 'visibility', displayName: 'Visible to Employees', kind: 'boolean', description: 'Whether employees see this leave type (otherwise only admins)' },
	{ wire: 'payable', displayName: 'Paid', kind: 'boolean', description: 'Whether leaves of this type are paid' },
	{ wire: 'half_days_units_enabled', displayName: 'Half Days Allowed', kind: 'boolean', description: 'Whether leaves of this type can be taken in half days' },
	{ wire: 'max_days_in_cents', displayName: 'Maximum Days (in Cents)', kind: 'number', min: 0, description: 'Most days one request may take, in hundredths (500 = 5 days)' },
	{ wire: 'min_days_in_cents', displayName: 'Minimum Days (in Cents)', kind: 'number', min: 0, description: 'Fewest days one request must take, in hundredths (100 = 1 day)' },
	{ wire: 'allow_endless', displayName: 'Allow Open-Ended', kind: 'boolean', description: 'Whether leaves of this type may have no end date' },
	{ wire: 'restricted', displayName: 'Restricted', kind: 'boolean', description: 'Whether only some employees may request this leave type' },
];
