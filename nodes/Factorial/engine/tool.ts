import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { parameterName } from './naming';
import type { FieldSpec, OperationSpec, ResourceSpec } from './types';

/**
 * Get Many in tool mode returns this many records unless the node says otherwise: a model reads
 * every byte of a tool's answer, and Factorial lists run to thousands of records.
 */
export const TOOL_LIST_LIMIT = 20;

// n8n offers a usableAsTool node a second time as "<Node> Tool", whose type name ends in Tool;
// `@tool` in displayOptions shows a parameter only there.
const TOOL_ONLY = { '@tool': [true] };
const NOT_TOOL = { '@tool': [false] };
export const toolDisplay = { only: TOOL_ONLY, never: NOT_TOOL };

/** Whether the node runs as an AI agent's (or MCP client's) tool rather than in a workflow. */
export function isToolMode(context: IExecuteFunctions): boolean {
	return context.getNode().type.endsWith('Tool');
}

const FORMAT: Partial<Record<FieldSpec['kind'], string>> = {
	date: 'a date, YYYY-MM-DD',
	dateTime: 'a date and time, ISO 8601',
	time: 'a time of day, HH:MM',
	timeZone: 'an IANA time zone such as Europe/Madrid',
	email: 'an email address',
	url: 'an http(s) URL',
	number: 'a number',
	boolean: 'true or false',
	list: 'a comma-separated list',
	json: 'a JSON object',
	id: 'an ID',
	locator: 'an ID',
	binary: 'the name of a binary property of the input',
};

function needed(field: FieldSpec): string {
	const format = FORMAT[field.kind];
	return format ? `${field.displayName} (${format})` : field.displayName;
}

const lower = (name: string) => name.toLowerCase();
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const plural = (noun: string) => (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);

function returns(resource: ResourceSpec, operation: OperationSpec): string {
	const noun = lower(resource.displayName);
	if (operation.tool?.returns) return operation.tool.returns;
	if (operation.list) {
		return `Returns ${plural(noun)} as Factorial stores them, each with its id: at most ${TOOL_LIST_LIMIT} unless the tool's Limit or Return All says otherwise`;
	}
	switch (operation.name) {
		case 'get':
			return `Returns the ${noun} with all its fields`;
		case 'create':
			return `Returns the new ${noun} with its id`;
		case 'update':
			return `Returns the ${noun} as changed`;
		case 'delete':
			return `Returns deleted: true and the id`;
		default:
			return `Returns Factorial's answer, usually the ${noun} as changed`;
	}
}

function needs(operation: OperationSpec): string {
	if (operation.tool?.needs) return operation.tool.needs;
	// A switch or a dropdown always has a value; what is left must come from the caller.
	const required = (operation.fields ?? []).filter(
		(f) => f.required && !f.autofill && f.kind !== 'boolean' && f.kind !== 'options',
	);
	if (required.length > 0) return `Needs ${required.map(needed).join('; ')}`;
	return operation.list ? 'Needs nothing; filters are optional' : 'Needs nothing';
}

function caution(resource: ResourceSpec, operation: OperationSpec): string | undefined {
	if (operation.tool?.caution) return operation.tool.caution;
	if (operation.method === 'DELETE') return `deletes the ${lower(resource.displayName)} in Factorial for good`;
	return undefined;
}

/**
 * What a model reads about one operation: what it does, what it needs, what it returns, and for a
 * write that cannot be taken back, a warning to confirm with the user first.
 */
export function toolSentence(resource: ResourceSpec, operation: OperationSpec): string {
	const parts = [
		`${operation.action} in Factorial HR: ${lowerFirst(operation.description.replace(/, page by page|\.$/g, ''))}`,
		needs(operation),
		returns(resource, operation),
	];
	const warning = caution(resource, operation);
	if (warning) parts.push(`CAUTION: ${warning}; confirm with the user before calling`);
	return `${parts.join('. ')}.`;
}

/**
 * The tool's description parameters. n8n's own pair ("Set Automatically" = the operation's short
 * action) would tell a model only "Get many employees in Factorial"; the default here is the
 * operation's full sentence, picked by an expression over resource and operation, so it follows
 * the operation chosen in the editor and n8n resolves it when it builds the tool. Named as n8n's
 * (`toolDescription`) so n8n reads it and does not add its own.
 */
export function toolDescriptionProperties(resources: ResourceSpec[]): INodeProperties[] {
	const sentences: Record<string, string> = {};
	for (const resource of resources) {
		for (const op of resource.operations) sentences[`${resource.name}.${op.name}`] = toolSentence(resource, op);
	}
	// A flat object literal: no "}}" inside, which would end n8n's expression early.
	const byOperation = `={{ ${JSON.stringify(sentences)}[$parameter["resource"] + "." + $parameter["operation"]] }}`;
	return [
		{
			displayName: 'Tool Description',
			name: 'descriptionType',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'From the Operation',
					value: 'operation',
					description: 'What the operation does, needs and returns, with a warning on writes that cannot be undone',
				},
				{ name: 'Set Manually', value: 'manual', description: 'Write the description yourself' },
			],
			default: 'operation',
			displayOptions: { show: TOOL_ONLY },
		},
		{
			displayName: 'Description',
			name: 'toolDescription',
			type: 'hidden',
			default: byOperation,
			displayOptions: { show: { ...TOOL_ONLY, descriptionType: ['operation'] } },
		},
		{
			displayName: 'Description',
			name: 'toolDescription',
			type: 'string',
			default: '',
			required: true,
			typeOptions: { rows: 2 },
			description: 'Explain to the model what this tool does, what it needs and what it returns',
			displayOptions: { show: { ...TOOL_ONLY, descriptionType: ['manual'] } },
		},
	];
}

const FROM_AI_KEY = /\$fromAI\(\s*(['"`])([A-Za-z0-9_-]{1,64})\1/;

/** The `$fromAI` key the model fills for the field called `displayName`, if the tool has one. */
function argumentFor(context: IExecuteFunctions, operation: OperationSpec, displayName: string): string | undefined {
	const parameters = context.getNode().parameters;
	const collection = operation.optional ? parameters[operation.optional.name] : undefined;
	const fields = [
		...(operation.fields ?? []).map((field) => ({ field, value: parameters[parameterName(field)] })),
		...(operation.optional?.fields ?? []).map((field) => ({
			field,
			value: typeof collection === 'object' && collection !== null ? (collection as IDataObject)[parameterName(field)] : undefined,
		})),
	];
	if (displayName === 'Limit') fields.push({ field: { displayName } as FieldSpec, value: parameters.limit });
	for (const { field, value } of fields) {
		if (field.displayName !== displayName) continue;
		// A picker keeps its text in `value`.
		const raw = typeof value === 'object' && value !== null && 'value' in value ? (value as IDataObject).value : value;
		const key = typeof raw === 'string' ? FROM_AI_KEY.exec(raw)?.[2] : undefined;
		if (key) return key;
	}
	return undefined;
}

/**
 * A failed tool call as an answer the model can act on, never an exception: an agent's run (or an
 * MCP client's session) goes on, and the model learns which of its arguments was wrong and why, or
 * that a write may have been applied and must be checked before it calls again.
 */
export function toolErrorItem(
	context: IExecuteFunctions,
	operation: OperationSpec,
	error: unknown,
	itemIndex: number,
): INodeExecutionData {
	let message = error instanceof Error ? error.message : String(error);
	const json: IDataObject = {};
	const field = /^"([^"]+)" in item \d+ /.exec(message);
	if (field) {
		const key = argumentFor(context, operation, field[1]);
		if (key) json.argument = key;
		message = message.replace(/ in item \d+ /, ' ');
	}
	json.error = message;
	let mayHaveBeenApplied = false;
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.description) json.description = error.description;
		if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
		mayHaveBeenApplied = error.context.mayHaveBeenApplied === true;
	}
	json.mayHaveBeenApplied = mayHaveBeenApplied;
	json.hint = mayHaveBeenApplied
		? 'The request may have reached Factorial: check whether the change was made before calling this tool again.'
		: field
			? 'Nothing was sent to Factorial. Correct this argument and call the tool again.'
			: 'Nothing was changed in Factorial.';
	return { json, pairedItem: { item: itemIndex } };
}
