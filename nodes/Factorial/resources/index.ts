import { allowance } from './allowance';
import { allowanceAdjustment } from './allowanceAdjustment';
import { blockedPeriod } from './blockedPeriod';
import { timeOffPolicyAssignment } from './timeOffPolicyAssignment';
import { customFieldOption } from './customFieldOption';
import { customResourceSchema } from './customResourceSchema';
import { customResourceField } from './customResourceField';
import { customResource } from './customResource';
import { customResourceValue } from './customResourceValue';
import { expensable } from './expensable';
import { mileage } from './mileage';
import { perDiem } from './perDiem';
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
import { attendanceBreakConfiguration } from './attendanceBreakConfiguration';
import { breakConfiguration } from './breakConfiguration';
import { editTimesheetRequest } from './editTimesheetRequest';
import { plannedBreak } from './plannedBreak';
import { plannedShift } from './plannedShift';
import { planningVersion } from './planningVersion';
import { scheduleDayConfiguration } from './scheduleDayConfiguration';
import { scheduleOverlapPeriod } from './scheduleOverlapPeriod';
import { timeRangeCategory } from './timeRangeCategory';
import { timesheetReview } from './timesheetReview';
import { workSchedule } from './workSchedule';
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
	allowanceAdjustment,
	timeOffPolicy,
	timeOffPolicyAssignment,
	blockedPeriod,
	shift,
	workedTime,
	overtimeRequest,
	editTimesheetRequest,
	timesheetReview,
	breakConfiguration,
	attendanceBreakConfiguration,
	timeRangeCategory,
	workSchedule,
	scheduleOverlapPeriod,
	scheduleDayConfiguration,
	planningVersion,
	plannedShift,
	plannedBreak,
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
	customFieldOption,
	customFieldValue,
	customResourceSchema,
	customResourceField,
	customResource,
	customResourceValue,
	expense,
	expensable,
	mileage,
	perDiem,
	webhookSubscription,
	anyEndpoint,
	customApiCall,
];
