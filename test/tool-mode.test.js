'use strict';
// The node as an AI agent's tool ("Factorial Tool", n8n's copy of a usableAsTool node whose type
// name ends in Tool): the description n8n hands the model, the Get Many default, and failures as
// answers the model can act on. The MCP Server Trigger e2e scenario shows the same through n8n.
const { NodeHelpers, Workflow } = require('n8n-workflow');
const { runNode } = require('./helpers/n8n-harness');
const { credentialClasses, credentialsFor, useSandbox, apiRequests, lastSeq, sandboxState, rl } = require('./helpers/factorial');
const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');
const { resources } = require('../dist/nodes/Factorial/resources');
const { toolSentence, TOOL_LIST_LIMIT } = require('../dist/nodes/Factorial/engine/tool');

let sb;
useSandbox((started) => (sb = started));

/** The tool variant as n8n builds it (n8n/dist/tool-generation/ai-tools.js): same node, name + "Tool". */
function toolType() {
	const node = new Factorial();
	node.description = { ...node.description, name: `${node.description.name}Tool`, displayName: 'Factorial Tool', inputs: [], outputs: ['ai_tool'] };
	delete node.description.usableAsTool;
	return node;
}

/** The description n8n gives the model for a tool node with these parameters (getToolDescriptionForNode). */
function modelDescription(parameters) {
	const type = toolType();
	const node = { id: 't', name: 'Factorial Tool', type: 'n8n-nodes-factorial.factorialTool', typeVersion: 1, position: [0, 0], parameters };
	const nodeTypes = { getByNameAndVersion: () => type, getByName: () => type, getKnownTypes: () => ({}) };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const filled = workflow.nodes[node.name]; // parameter defaults filled in, as n8n does
	const resolve = () => workflow.expression.getParameterValue(filled.parameters.toolDescription, null, 0, 0, filled.name, [], 'internal', {});
	return NodeHelpers.getToolDescriptionForNode(filled, type.description, resolve);
}

const runTool = (parameters, args, options = {}) =>
	runNode({
		nodeClass: toolType(),
		credentialClasses,
		credentials: credentialsFor(sb),
		parameters: { authentication: 'apiKey', ...parameters },
		items: [{ json: args }],
		...options,
	});

const operations = resources.flatMap((resource) => resource.operations.map((operation) => ({ resource, operation })));

describe('the description a model reads', () => {
	test('n8n resolves it to the chosen operation\'s sentence: what it does, needs and returns', () => {
		const description = modelDescription({ resource: 'leave', operation: 'create' });
		expect(description).toBe(toolSentence(resources.find((r) => r.name === 'leave'), resources.find((r) => r.name === 'leave').operations.find((o) => o.name === 'create')));
		expect(description).toMatch(/^Create a leave in Factorial HR: request time off for an employee\. Needs Employee \(an ID\); Start Date \(a date, YYYY-MM-DD\)\. Returns the new leave with its id/);
		expect(modelDescription({ resource: 'employee', operation: 'getAll' })).toMatch(/^Get many employees in Factorial HR: list employees\. .*at most 20 unless/);
	});

	test('a description set by hand is what the model reads', () => {
		expect(modelDescription({ resource: 'leave', operation: 'create', descriptionType: 'manual', toolDescription: 'Book time off' })).toBe('Book time off');
	});

	test.each(operations.map(({ resource, operation }) => [`${resource.name}.${operation.name}`, resource, operation]))('%s: one sentence with Needs and Returns', (_, resource, operation) => {
		const sentence = toolSentence(resource, operation);
		expect(sentence).toMatch(/ in Factorial HR: /);
		expect(sentence).toMatch(/\. Needs /);
		expect(sentence).toMatch(/\. Returns /);
		expect(sentence).not.toMatch(/\}\}|\{\{/); // it sits inside an n8n expression
		expect(sentence.length).toBeLessThan(600);
		if (operation.list) expect(sentence).toContain(`at most ${TOOL_LIST_LIMIT} unless`);
	});

	test('writes an agent must not do blindly say so; reads do not', () => {
		const caution = (key) => {
			const [r, o] = key.split('.');
			const resource = resources.find((x) => x.name === r);
			return /CAUTION: .*confirm with the user before calling\.$/.test(toolSentence(resource, resource.operations.find((x) => x.name === o)));
		};
		for (const key of ['employee.terminate', 'employee.unterminate', 'leave.delete', 'leave.approve', 'leave.reject', 'shift.delete', 'document.delete', 'document.moveToTrash', 'customApiCall.call', 'payrollSupplement.create', 'compensation.update', 'contractVersion.create', 'webhookSubscription.create', 'team.delete']) {
			expect([key, caution(key)]).toEqual([key, true]);
		}
		for (const key of ['employee.getAll', 'employee.get', 'leave.create', 'leaveType.getAll', 'shift.clockIn', 'leave.getAll']) {
			expect([key, caution(key)]).toEqual([key, false]);
		}
	});

	test('the tool-only parameters are hidden in a normal workflow', () => {
		const node = new Factorial();
		const toolOnly = node.description.properties.filter((p) => ['descriptionType', 'toolDescription'].includes(p.name));
		expect(toolOnly).toHaveLength(3);
		for (const p of toolOnly) expect(p.displayOptions.show['@tool']).toEqual([true]);
	});
});

describe('running as a tool', () => {
	test('Get Many returns 20 records unless told otherwise; the workflow node keeps 50', async () => {
		const asTool = await runTool({ resource: 'employee', operation: 'getAll' }, {});
		expect(asTool.error).toBeUndefined();
		expect(asTool.items).toHaveLength(TOOL_LIST_LIMIT);
		const asNode = await runNode({ nodeClass: Factorial, credentialClasses, credentials: credentialsFor(sb), parameters: { authentication: 'apiKey', resource: 'employee', operation: 'getAll' } });
		expect(asNode.items).toHaveLength(50);
		const limited = await runTool({ resource: 'employee', operation: 'getAll', limit: "={{ $fromAI('limit', 'How many', 'number') }}" }, { limit: 3 });
		expect(limited.items).toHaveLength(3);
	});

	test('a bad argument comes back as an answer naming the argument and the problem, and nothing is sent', async () => {
		const before = await lastSeq(sb);
		const result = await runTool(
			{
				resource: 'leave',
				operation: 'create',
				employeeId: rl("={{ $fromAI('employeeId', 'The employee\\'s ID', 'string') }}"),
				startOn: "={{ $fromAI('startDate', 'First day off, YYYY-MM-DD', 'string') }}",
			},
			{ employeeId: '1', startDate: 'next tuesday' },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		const answer = result.items[0].json;
		expect(answer.argument).toBe('startDate');
		expect(answer.error).toMatch(/^"Start Date" /);
		expect(answer.error).toContain('next tuesday');
		expect(answer.error).not.toMatch(/in item/);
		expect(answer.mayHaveBeenApplied).toBe(false);
		expect(answer.hint).toMatch(/Nothing was sent to Factorial\. Correct this argument/);
		expect(await apiRequests(sb, before)).toEqual([]);
	});

	test('a Limit out of range names its argument too, whatever quotes the expression uses', async () => {
		const result = await runTool({ resource: 'employee', operation: 'getAll', limit: '={{ $fromAI("how_many", "How many employees", "number") }}' }, { how_many: 0 });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ argument: 'how_many', mayHaveBeenApplied: false });
		expect(result.items[0].json.error).toMatch(/^"Limit" must be at least 1/);
	});

	test('a refusal from Factorial comes back with its status and reason, not as a failed run', async () => {
		const result = await runTool({ resource: 'leave', operation: 'get', leaveId: "={{ $fromAI('leaveId', 'The leave ID', 'string') }}" }, { leaveId: '999999999' });
		expect(result.error).toBeUndefined();
		const answer = result.items[0].json;
		expect(answer.httpCode).toBe('404');
		expect(answer.error).toMatch(/not found|could not be found/i);
		expect(answer.mayHaveBeenApplied).toBe(false);
	});

	test('a good call answers as the workflow node does', async () => {
		const employee = (await sandboxState(sb, 'employees')).find((e) => e.terminated_on == null);
		const result = await runTool({ resource: 'employee', operation: 'get', employeeId: rl("={{ $fromAI('employeeId', 'ID', 'string') }}") }, { employeeId: String(employee.id) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual([employee.id]);
	});
});
