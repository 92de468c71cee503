import { allowance } from './allowance';
import { companyHoliday } from './companyHoliday';
import { customApiCall } from './customApiCall';
import { document } from './document';
import { employee } from './employee';
import { folder } from './folder';
import { leave } from './leave';
import { leaveType } from './leaveType';
import { legalEntity } from './legalEntity';
import { location } from './location';
import { shift } from './shift';
import { team } from './team';
import { teamMembership } from './teamMembership';
import type { ResourceSpec } from './types';
import { webhookSubscription } from './webhookSubscription';

// Every resource the node offers; adding one here is all the router and the description need.
// The first is the default in the editor.
export const resources: ResourceSpec[] = [
	employee,
	team,
	teamMembership,
	location,
	legalEntity,
	companyHoliday,
	leave,
	leaveType,
	allowance,
	shift,
	document,
	folder,
	webhookSubscription,
	customApiCall,
];
