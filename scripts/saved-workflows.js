'use strict';
// Writes test/fixtures/saved-workflows/<resource>.json: one saved n8n workflow a resource, with one
// Factorial node for every operation, its parameters stored the way the n8n editor stores them
// (defaults left out, collections as objects, pickers as resource locators), and the requests that
// node sent to the sandbox when the fixture was recorded.
//
// Run once, from the node as it was before a change: `npm run build && node scripts/saved-workflows.js`.
// The fixtures are data that test/saved-workflows.test.js replays; they are NOT regenerated to make
// a failing test pass. A parameter name that users' workflows store changes only with a node version
// bump that keeps the old version working (then record the new version beside the old one).
// A new operation: run it again (recording is deterministic) and check that `git diff` adds the new
// nodes and changes nothing that was recorded before.
//
// Values are chosen by hand below (ids of the sandbox's seeded records, valid dates and times);
// every parameter an operation shows gets a value, and every option of its collection is set.
const fs = require('node:fs');
const path = require('node:path');
const { NodeHelpers } = require('n8n-workflow');

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'saved-workflows');
const NODE_TYPE = 'n8n-nodes-factorial.factorial';

// Ids of records the sandbox seeds (test/sandbox), by picker search method.
const PICKED = {
	searchEmployees: '3',
	searchTeams: '12',
	searchLocations: '22',
	searchCompanies: '9001',
	searchLeaveTypes: '42',
	searchProjects: '70002',
	searchContractVersions: '400003',
	searchJobPostings: '5001',
	searchCandidates: '6002',
	searchApplicationPhases: '5102',
	searchAccesses: '100003',
	searchFolders: '502',
};

// Plain parameters by name, where the generic choice (below) would not be valid.
const BY_NAME = {
	allowanceId: '61',
	applicationId: '7002',
	companyHolidayId: '81',
	compensationId: '410003',
	documentId: '7003',
	documentIds: '7004, 7005',
	legalEntityId: '31',
	leaveId: '200005',
	membershipId: '100003',
	projectWorkerId: '71002',
	supplementId: '420002',
	shiftId: '300004',
	taskId: '60002',
	timeRecordId: '73003',
	folderId: '502',
	webhookSubscriptionId: '901', // the one Webhook Subscription: Create makes (it runs first)
	contractsTaxonomyId: '501',
	payrollPolicyPeriodId: '7001',
	attendanceShiftId: '300001',
	// Records of the sandbox's generic layer (ids from 1,000,001, 10,000 per catalogued resource path).
	overtimeRequestId: '1190001',
	workedTimeId: '1220001',
	trainingCategoryId: '2660001',
	customFieldValueId: '1560001',
	customFieldId: '1530001',
	timeOffPolicyId: '2630001',
	expenseId: '1710001',
	editTimesheetRequestId: '1160001',
	attendanceBreakConfigurationId: '1150001',
	breakConfigurationId: '2540001',
	timeRangeCategoryId: '2550001',
	workScheduleId: '2750001',
	scheduleId: '2750001',
	overlapPeriodId: '2740001',
	dayConfigurationId: '2730001',
	planningVersionId: '2530001',
	plannedShiftId: '2470001',
	plannedBreakId: '2520001',
	shifts: '[{"employee_id":"3","company_id":"9001","start_at":"2026-10-05T09:00:00Z","end_at":"2026-10-05T17:00:00Z","state":"draft","creation_mode":"manual"}]',
	plannedBreaks: '[{"break_configuration_id":"2540001","duration":30}]',
	dayConfigurations: '[{"weekday":"monday","start_at":"09:00","duration_in_seconds":28800}]',
	createParams: '{"default":false,"start_day":1,"start_month":6,"end_day":31,"end_month":8,"schedule_type":"fixed"}',
	updateParams: '{"end_day":15,"end_month":9}',
	allowanceAdjustmentId: '2560001',
	policyAssignmentId: '2640001',
	blockedPeriodId: '2590001',
	customFieldOptionId: '1540001',
	customResourceFieldId: '1550001',
	customResourceSchemaId: '1580001',
	customResourceId: '1570001',
	customResourceValueId: '1590001',
	expensableId: '1700001',
	expensableIds: '1700001, 1700002',
	mileageId: '1720001',
	perDiemId: '1730001',
	timePeriodsAttributes: '[{"start_on":"2026-12-20","finish_on":"2026-12-31"}]',
	tenurePeriods: '[]',
	jobRoleId: '1970001',
	jobLevelId: '1950001',
	payrollIdentifierId: '2070001',
	germanEmployeeDataId: '2060001',
	trainingId: '2720001',
	trainingClassId: '2700001',
	trainingSessionId: '2690001',
	trainingMembershipId: '2710001',
	sessionParticipantId: '2670001',
	attendanceId: '2680001',
	reviewProcessId: '2190001',
	reviewTargetId: '2180001',
	targetManagerId: '2220001',
	reviewEvaluationId: '2140001',
	evaluationScoreId: '2130001',
	agreementId: '2090001',
	reviewOwnerId: '2150001',
	reviewTemplateId: '2160001',
	questionnaireId: '2200001',
	scoreScaleId: '2110001',
	companyScoreScaleId: '2100001',
	binaryPropertyName: 'data',
	email: 'fixture.person@sandbox-labs.example',
	emails: 'fixture.person@sandbox-labs.example',
	personalEmail: 'fixture.home@example.com',
	communicationsEmail: 'fixture.mail@example.com',
	targetUrl: 'https://hooks.example.com/factorial',
	personalUrl: 'https://example.com/me',
	clockIn: '09:00',
	clockOut: '17:30',
	startTime: '09:00',
	color: '#22aa88',
	country: 'es',
	currency: 'EUR',
	timezone: 'Europe/Madrid',
	nationality: 'es',
	space: 'company_internal',
	answers: '[{"question":"Notice period?","answer":"One month"}]',
	countryDataInputs: '[{"country":"es","contract_type":"indefinite"}]',
	assigneeIds: '100003, 100004',
	query: '{"ids":["11"]}',
	body: '{"name":"Fixture"}',
	path: 'teams/teams',
	now: '2026-10-05T09:15:00+02:00',
	month: 10,
	year: 2026,
	limit: 3,
};

// Where an operation needs a value other than the generic one, by "resource.operation.parameter".
const BY_OPERATION = {
	'customApiCall.call.method': 'GET',
	'customApiCall.call.returnAll': true,
	'document.upload.space': 'employee_my_documents',
	'document.update.requestEsignature': false,
	'document.upload.requestEsignature': false,
	'leave.delete.leaveId': '200006',
	'shift.delete.shiftId': '300005',
	'task.delete.taskId': '60003',
	'compensation.delete.compensationId': '410004',
	'contractVersion.delete.contractVersionId': '400004',
	'application.delete.applicationId': '7003',
	'candidate.delete.candidateId': '6003',
	'document.delete.documentId': '7006',
	'jobPosting.delete.jobPostingId': '5003',
	'location.delete.locationId': '23',
	'payrollSupplement.delete.supplementId': '420003',
	'team.delete.teamId': '13',
	'teamMembership.delete.membershipId': '100004',
	'timeRecord.delete.timeRecordId': '73004',
	'employee.terminate.employeeId': '5',
	'employee.update.updateFields.managerId': '2',
	'leaveType.update.updateFields.identifier': 'fixture_leave',
	'payrollSupplement.create.additionalFields.contractsCompensationId': '410003',
	'payrollSupplement.update.updateFields.contractsCompensationId': '410003',
	'timeRecord.create.projectWorkerId': '71001',
	'project.update.updateFields.code': 'Fixture Code 2',
	'shift.clockIn.now': '2026-10-05T09:00:00+02:00',
	'shift.breakStart.now': '2026-10-05T12:00:00+02:00',
	'shift.breakEnd.now': '2026-10-05T12:30:00+02:00',
	'shift.clockOut.now': '2026-10-05T17:30:00+02:00',
	'employee.unterminate.employeeId': '5',
	'overtimeRequest.delete.overtimeRequestId': '1190002',
	'trainingCategory.delete.trainingCategoryId': '2660002',
	'timeOffPolicy.delete.timeOffPolicyId': '2630002',
	'editTimesheetRequest.delete.editTimesheetRequestId': '1160002',
	'scheduleOverlapPeriod.delete.overlapPeriodId': '2740002',
	'planningVersion.delete.planningVersionId': '2530002',
	'plannedShift.delete.plannedShiftId': '2470002',
	'workSchedule.create.scheduleType': 'fixed',
	'shift.toggleClock.employeeId': '2',
	'shift.toggleClock.clockTime': '2026-10-06T09:00:00+02:00',
	'shift.autofill.startOn': '2026-10-12',
	'shift.autofill.endOn': '2026-10-16',
	'allowanceAdjustment.delete.allowanceAdjustmentId': '2560002',
	'timeOffPolicyAssignment.delete.policyAssignmentId': '2640002',
	'blockedPeriod.delete.blockedPeriodId': '2590002',
	'customField.delete.customFieldId': '1530002',
	'leave.bulkDelete.leaveIds': '200007, 200008',
	// Allowances 61-65 are seeded: Create makes 66, which Delete removes; 64 (UK) is deleted moving its adjustments to 61.
	'allowance.create.leaveTypeIds': '41',
	'allowance.update.allowanceId': '65',
	'allowance.update.updateFields.leaveTypeIds': '42',
	'allowance.delete.allowanceId': '66',
	'allowance.deleteAndMove.allowanceId': '64',
	'allowance.deleteAndMove.altAllowanceId': '61',
	'employeeUpdate.getSummary.employeeUpdateId': '1670001',
	'employeeUpdate.getNewHire.employeeUpdateId': '1650001',
	'employeeUpdate.getTermination.employeeUpdateId': '1680001',
	'employeeUpdate.getAbsence.employeeUpdateId': '1630001',
	'employeeUpdate.getContractChange.employeeUpdateId': '1640001',
	'employeeUpdate.getPersonalChange.employeeUpdateId': '1660001',
	'jobCatalog.getNodeAttributes.attributeTypes': 'competency',
	'reviewEvaluation.getAll.filters.reviewerStrategies': 'manager',
	'reviewEvaluation.getScores.filters.reviewerStrategies': 'manager',
	'reviewTarget.getManagers.performanceReviewProcessIds': '1',
	'reviewSetting.updateVisibility.reviewProcessId': '2210001',
	'trainingMembership.getAll.dueDate': 'overdue',
	'germanEmployeeData.create.additionalFields.taxClass': 3,
	'germanEmployeeData.update.updateFields.taxClass': 3,
	'payrollIdentifier.create.country': 'de',
	'payrollIdentifier.getAll.country': 'de',
	'payrollIdentifier.update.country': 'de',
	'trainingSession.create.additionalFields.link': 'https://example.com/training/session',
	'trainingSession.update.updateFields.link': 'https://example.com/training/session',
	'payrollIdentifier.delete.payrollIdentifierId': '2070002',
	'training.delete.trainingId': '2720002',
	'trainingClass.delete.trainingClassId': '2700002',
	'trainingSession.delete.trainingSessionId': '2690002',
	'reviewProcess.delete.reviewProcessId': '2190002',
	'reviewTarget.delete.reviewTargetId': '2180002',
	'reviewOwner.delete.reviewOwnerId': '2150002',
	'reviewProcess.createFromTemplate.templateType': 'custom',
	'training.create.attachments': '[]',
	// Any Endpoint: a list with a required filter (answered by the sandbox's generic layer).
	'anyEndpoint.call.endpoint': 'GET attendance/overtime_requests',
	'anyEndpoint.call.endpointFields': {
		mappingMode: 'defineBelow',
		value: { query_include_approval_flow: true, query_status: 'pending' },
		matchingColumns: [],
		schema: [],
	},
};

// Options that exclude one another: the first is set, these are left out.
const LEFT_OUT = new Set(['project.create.additionalFields.budgetAllocation']);

// The order the nodes run in, where it matters: a state before the next operation (clocked in
// before a break; a subscription created before it is read), and what changes or removes a record
// others read last.
const FIRST = ['create', 'clockIn', 'breakStart', 'breakEnd', 'clockOut'];
const LAST = ['terminate', 'unterminate', 'delete'];
const rank = (operation, resource) =>
	LAST.includes(operation) ? 100 + LAST.indexOf(operation) : resource === 'webhookSubscription' || resource === 'shift' ? (FIRST.includes(operation) ? FIRST.indexOf(operation) : 50) : 50;

function displayed(property, resource, operation) {
	const show = property.displayOptions?.show ?? {};
	return show.resource?.includes(resource) && show.operation?.includes(operation);
}

/** A value for one property (top level or inside a collection). */
function valueFor(property, key, topLevel = false) {
	const name = property.name;
	if (property.type === 'resourceLocator') {
		const method = property.modes.find((m) => m.name === 'list').typeOptions.searchListMethod;
		const id = BY_OPERATION[key] ?? PICKED[method];
		if (!id) throw new Error(`no id chosen for picker ${method} (${key})`);
		// Pickers at the top picked From List (n8n keeps the name it showed), in collections typed By ID.
		return topLevel
			? { __rl: true, value: id, mode: 'list', cachedResultName: `${property.displayName} ${id}` }
			: { __rl: true, mode: 'id', value: id };
	}
	if (key in BY_OPERATION) return BY_OPERATION[key];
	if (name in BY_NAME) return BY_NAME[name];
	switch (property.type) {
		case 'boolean':
			return !property.default;
		case 'number':
			return 7;
		case 'dateTime':
			return '2026-10-05T09:30:00+02:00';
		case 'json':
			return '{"fixture":true}';
		case 'options': {
			const values = property.options.map((o) => o.value);
			return values.find((v) => v !== property.default) ?? values[0];
		}
		default:
			if (/Ids$/.test(name) || / IDs$/.test(property.displayName)) return '3, 4';
			if (/Id$/.test(name)) return '3';
			// ID lists are checked like IDs (no spaces or slashes), so a UUID list gets a UUID.
			if (/Uuids$/.test(name)) return '5b1f0c0e-8a2d-4f7e-9c3b-1d2e3f4a5b6c';
			return `Fixture ${property.displayName}`;
	}
}

/** The parameters of one operation, every visible one set, as the editor would hold them. */
function fullParameters(properties, resource, operation) {
	const parameters = { resource, operation };
	const visible = (p) => displayed(p, resource, operation);
	// Shown-when conditions on other parameters (returnAll, method, requestEsignature…): resolved in
	// passes, since a value set in one pass may show a parameter in the next.
	for (let pass = 0; pass < 3; pass++) {
		for (const property of properties.filter(visible)) {
			if (property.name in parameters) continue;
			const extra = Object.entries(property.displayOptions.show).filter(([k]) => k !== 'resource' && k !== 'operation');
			// '@tool' is not a parameter: a saved workflow's node is not an AI tool.
			const current = (k) => (k === '@tool' ? false : k in parameters ? parameters[k] : properties.find((p) => p.name === k && visible(p))?.default);
			const shown = extra.every(([k, allowed]) => allowed.includes(current(k)));
			if (!shown) continue;
			const key = `${resource}.${operation}.${property.name}`;
			if (property.type === 'collection') {
				parameters[property.name] = Object.fromEntries(
					property.options
						.filter((option) => !LEFT_OUT.has(`${key}.${option.name}`))
						.map((option) => [option.name, valueFor(option, `${key}.${option.name}`)]),
				);
			} else if (property.name === 'limit' || property.name === 'returnAll') {
				parameters[property.name] = key in BY_OPERATION ? BY_OPERATION[key] : property.name === 'limit' ? BY_NAME.limit : false;
			} else {
				parameters[property.name] = valueFor(property, key, true);
			}
		}
	}
	return parameters;
}

/** What n8n stores for a node: the parameters without their defaults (NodeHelpers, as the editor). */
function asStored(nodeType, parameters) {
	const node = { name: 'x', type: NODE_TYPE, typeVersion: 1, parameters, position: [0, 0] };
	return NodeHelpers.getNodeParameters(nodeType.description.properties, parameters, false, false, node, nodeType.description);
}

function inputFor(resource, operation) {
	if (resource === 'document' && operation === 'upload') {
		const text = 'Fixture document: saved-workflow test\n';
		return [{ json: {}, binary: { data: { data: Buffer.from(text).toString('base64'), mimeType: 'text/plain', fileName: 'fixture.txt' } } }];
	}
	return [{ json: {} }];
}

async function record() {
	const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');
	const { startSandbox } = require('../test/sandbox');
	const { runFactorial, apiRequests, lastSeq } = require('../test/helpers/factorial');
	const nodeType = new Factorial();
	const { properties } = nodeType.description;
	fs.mkdirSync(OUT, { recursive: true });
	const resources = properties.find((p) => p.name === 'resource').options;
	let failed = 0;
	for (const resource of resources) {
		const operationNames = Object.fromEntries(
			properties
				.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value))
				.options.map((o) => [o.value, o.name]),
		);
		const operations = Object.keys(operationNames).sort((a, b) => rank(a, resource.value) - rank(b, resource.value));
		const sb = await startSandbox({ port: 0 });
		const nodes = [];
		const recorded = {};
		for (const [index, operation] of operations.entries()) {
			const name = `${resource.name}: ${operationNames[operation]}`;
			const parameters = asStored(nodeType, fullParameters(properties, resource.value, operation));
			const input = inputFor(resource.value, operation);
			const before = await lastSeq(sb);
			const { error } = await runFactorial(sb, { parameters, items: structuredClone(input) });
			const requests = (await apiRequests(sb, before)).map(({ method, path: p, query, body }) => ({ method, path: p, query, body }));
			if (error || requests.length === 0) {
				failed++;
				console.error(`${name}: ${error ? error.message : 'sent nothing'} ${JSON.stringify(error?.description ?? '')}`);
			}
			nodes.push({
				parameters,
				name,
				type: NODE_TYPE,
				typeVersion: 1,
				position: [index * 220, 0],
				id: `${resource.value}-${operation}`,
				credentials: { factorialApi: { id: 'fixture-credential', name: 'Factorial account' } },
			});
			recorded[name] = { ...(input[0].binary ? { input } : {}), requests };
		}
		await sb.close();
		const workflow = {
			name: `Saved workflow: Factorial ${resource.name} (node version 1)`,
			nodes,
			connections: {},
			settings: { executionOrder: 'v1' },
			// Not part of n8n's format: the input items (where not empty) and the requests each node sent
			// when recorded, in the order the nodes run against one fresh sandbox.
			recorded,
		};
		fs.writeFileSync(path.join(OUT, `${resource.value}.json`), `${JSON.stringify(workflow, null, '\t')}\n`);
	}
	if (failed) {
		console.error(`${failed} node(s) failed: choose other values before committing`);
		process.exitCode = 1;
	}
}

if (require.main === module) {
	record().catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}
