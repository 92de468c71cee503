import { allowance } from './allowance';
import { anyEndpoint } from './anyEndpoint';
import { application } from './application';
import { candidate } from './candidate';
import { companyHoliday } from './companyHoliday';
import { compensation } from './compensation';
import { contractVersion } from './contractVersion';
import { customApiCall } from './customApiCall';
import { expense } from './expense';
import { timeOffPolicy } from './timeOffPolicy';
import { customFieldValue } from './customFieldValue';
import { customField } from './customField';
import { document } from './document';
import { employee } from './employee';
import { employeeUpdate } from './employeeUpdate';
import { jobCatalog } from './jobCatalog';
import { jobPosting } from './jobPosting';
import { folder } from './folder';
import { germanEmployeeData } from './germanEmployeeData';
import { leave } from './leave';
import { leaveType } from './leaveType';
import { legalEntity } from './legalEntity';
import { location } from './location';
import { overtimeRequest } from './overtimeRequest';
import { project } from './project';
import { projectWorker } from './projectWorker';
import { payrollIdentifier } from './payrollIdentifier';
import { payrollSupplement } from './payrollSupplement';
import { reviewAgreement } from './reviewAgreement';
import { reviewEvaluation } from './reviewEvaluation';
import { reviewOwner } from './reviewOwner';
import { reviewProcess } from './reviewProcess';
import { reviewSetting } from './reviewSetting';
import { reviewTarget } from './reviewTarget';
import { reviewTemplate } from './reviewTemplate';
import { shift } from './shift';
import { task } from './task';
import { team } from './team';
import { teamMembership } from './teamMembership';
import { timeRecord } from './timeRecord';
import { training } from './training';
import { trainingAttendance } from './trainingAttendance';
import { trainingCategory } from './trainingCategory';
import { trainingClass } from './trainingClass';
import { trainingMembership } from './trainingMembership';
import { trainingSession } from './trainingSession';
import { trainingSessionParticipant } from './trainingSessionParticipant';
import type { ResourceSpec } from '../engine/types';
import { webhookSubscription } from './webhookSubscription';
import { workedTime } from './workedTime';

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
	timeOffPolicy,
	shift,
	workedTime,
	overtimeRequest,
	task,
	project,
	projectWorker,
	timeRecord,
	employeeUpdate,
	contractVersion,
	compensation,
	payrollSupplement,
	payrollIdentifier,
	germanEmployeeData,
	jobCatalog,
	jobPosting,
	candidate,
	application,
	document,
	folder,
	training,
	trainingCategory,
	trainingClass,
	trainingSession,
	trainingMembership,
	trainingSessionParticipant,
	trainingAttendance,
	reviewProcess,
	reviewTarget,
	reviewEvaluation,
	reviewAgreement,
	reviewOwner,
	reviewTemplate,
	reviewSetting,
	customField,
	customFieldValue,
	expense,
	webhookSubscription,
	anyEndpoint,
	customApiCall,
];
