import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ID_PATTERN, LOCATORS } from './locators';
import { parameterName } from './naming';
import { TOOL_LIST_LIMIT, toolDisplay } from './tool';
import type { FieldSpec, LocatorFieldSpec, OperationSpec, ResourceSpec } from './types';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const byDisplayName = (a: INodeProperties, b: INodeProperties) =>
	a.displayName.localeCompare(b.displayName);

function locatorProperty(field: LocatorFieldSpec): Partial<INodeProperties> {
	const locator = LOCATORS[field.locator];
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select ${/^[aeiou]/i.test(locator.noun) ? 'an' : 'a'} ${locator.noun}…`,
				typeOptions: { searchListMethod: locator.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: locator.placeholder,
				validation: [
					{
						type: 'regex',
						properties: { regex: ID_PATTERN, errorMessage: `Not a valid ${locator.noun} ID` },
					},
				],
			},
		],
	};
}

function typed(field: FieldSpec): Partial<INodeProperties> {
	switch (field.kind) {
		case 'locator':
			return locatorProperty(field);
		case 'boolean':
			return { type: 'boolean', default: field.default ?? false };
		case 'number': {
			const bounds = {
				...(field.min !== undefined ? { minValue: field.min } : {}),
				...(field.max !== undefined ? { maxValue: field.max } : {}),
				...(field.integer ? { numberPrecision: 0 } : {}),
			};
			return {
				type: 'number',
				default: field.default ?? 0,
				...(Object.keys(bounds).length > 0 ? { typeOptions: bounds } : {}),
			};
		}
		case 'date':
		case 'dateTime':
			return { type: 'dateTime', default: field.default ?? '' };
		case 'options':
			if (field.optionsOnDemand) {
				return { type: 'options', typeOptions: { loadOptionsMethod: field.optionsOnDemand }, default: field.default ?? '' };
			}
			return {
				type: 'options',
				options: [...(field.options ?? [])].sort(byName) as INodePropertyOptions[],
				default: field.default ?? field.options?.[0]?.value ?? '',
			};
		case 'json':
			return { type: 'json', default: field.default ?? '{}' };
		case 'email':
			return { type: 'string', default: '', placeholder: field.placeholder ?? 'name@email.com' };
		case 'time':
			return { type: 'string', default: '', placeholder: field.placeholder ?? 'e.g. 09:00' };
		case 'timeZone':
			return { type: 'string', default: '', placeholder: field.placeholder ?? 'e.g. Europe/Madrid' };
		case 'url':
			return { type: 'string', default: '', placeholder: field.placeholder ?? 'e.g. https://example.com' };
		case 'list':
			return { type: 'string', default: '', placeholder: field.placeholder ?? 'e.g. 12, 15, 31' };
		case 'id':
			return { type: 'string', default: '', placeholder: field.placeholder ?? 'e.g. 42' };
		case 'binary':
			return { type: 'string', default: field.default ?? 'data', placeholder: field.placeholder ?? 'e.g. data' };
		default:
			return { type: 'string', default: field.default ?? '' };
	}
}

export function fieldProperty(field: FieldSpec): INodeProperties {
	const property = {
		displayName: field.displayName,
		name: parameterName(field),
		...typed(field),
		...(field.required ? { required: true } : {}),
		...(field.description ? { description: field.description } : {}),
		...(field.hint ? { hint: field.hint } : {}),
		...(field.placeholder && field.kind !== 'locator' ? { placeholder: field.placeholder } : {}),
	} as INodeProperties;
	if (field.kind === 'list' && !field.description) {
		property.description = 'Comma-separated values, or an array from an expression';
	}
	return property;
}

function operationProperties(resource: string, operation: OperationSpec): INodeProperties[] {
	const show = { displayOptions: { show: { resource: [resource], operation: [operation.name] } } };
	const properties: INodeProperties[] = (operation.fields ?? []).map((field) => ({
		...fieldProperty(field),
		displayOptions: { show: { ...show.displayOptions.show, ...field.showWhen } },
	}));
	if (operation.list) {
		properties.push(
			{
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				description: 'Whether to return all results or only up to a given limit',
				...show,
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				description: 'Max number of results to return',
				displayOptions: {
					show: { resource: [resource], operation: [operation.name], returnAll: [false], ...toolDisplay.never },
				},
			},
			// As a tool, fewer than n8n's usual 50: everything returned goes into the model's context,
			// and an employee record alone has some 50 fields. The tool's description states the number.
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				typeOptions: { minValue: 1 },
				// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-limit -- see above
				default: TOOL_LIST_LIMIT,
				description: 'Max number of results to return',
				displayOptions: {
					show: { resource: [resource], operation: [operation.name], returnAll: [false], ...toolDisplay.only },
				},
			},
		);
	}
	for (const setting of operation.settings ?? []) {
		// A setting's own display conditions (Limit only without Return All) add to the operation's.
		properties.push({ ...setting, displayOptions: { show: { ...show.displayOptions.show, ...setting.displayOptions?.show } } });
	}
	if (operation.optional) {
		const { name, displayName, fields } = operation.optional;
		properties.push({
			displayName,
			name,
			type: 'collection',
			placeholder: name === 'filters' ? 'Add Filter' : 'Add Field',
			default: {},
			options: fields.map(fieldProperty).sort(byDisplayName),
			...show,
		});
	}
	return properties;
}

/**
 * One resource's parameters, where a parameter that several operations define alike (the record's
 * ID in Get, Update and Delete; Return All) is listed once and shown for all of them: n8n sends the
 * whole description to the browser, and most operations repeat a few parameters. A parameter is
 * shared only when that keeps every operation's own order of parameters.
 */
function shareAcrossOperations(perOperation: INodeProperties[][]): INodeProperties[] {
	const merged: INodeProperties[] = [];
	const keys: string[] = [];
	const keyOf = (property: INodeProperties) => {
		const { operation, ...show } = property.displayOptions?.show ?? {};
		return operation ? JSON.stringify({ ...property, displayOptions: { ...property.displayOptions, show } }) : undefined;
	};
	for (const properties of perOperation) {
		let last = -1;
		for (const property of properties) {
			const key = keyOf(property);
			const at = key === undefined ? -1 : keys.indexOf(key, last + 1);
			if (at >= 0) {
				const show = merged[at].displayOptions!.show!;
				merged[at] = {
					...merged[at],
					displayOptions: { ...merged[at].displayOptions, show: { ...show, operation: [...show.operation!, ...property.displayOptions!.show!.operation!] } },
				};
				last = at;
			} else {
				merged.push(property);
				keys.push(key ?? '');
				last = merged.length - 1;
			}
		}
	}
	return merged;
}

/** The node's resource, operation and field parameters, generated from the operation specs. */
export function describeResources(resources: ResourceSpec[]): INodeProperties[] {
	const firstResource = resources[0].name;
	const resourceProperty: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map((r) => ({ name: r.displayName, value: r.name, description: r.description })).sort(byName),
		default: firstResource,
	};
	const perResource = resources.flatMap((resource) => {
		const firstOperation = resource.operations[0].name;
		const operationProperty: INodeProperties = {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.name] } },
			options: resource.operations
				.map((op) => ({ name: op.displayName, value: op.name, action: op.action, description: op.description }))
				.sort(byName),
			default: firstOperation,
		};
		return [operationProperty, ...shareAcrossOperations(resource.operations.map((op) => operationProperties(resource.name, op)))];
	});
	return [resourceProperty, ...perResource];
}

/**
 * The line under the node's name on the canvas, in the words of the Resource and Operation dropdowns
 * ("Employee: Get Many"), not their internal values ("getAll: employee").
 */
export function describeSubtitle(resources: ResourceSpec[]): string {
	const labels: Record<string, string> = {};
	for (const resource of resources) {
		for (const op of resource.operations) labels[`${resource.name}.${op.name}`] = `${resource.displayName}: ${op.displayName}`;
	}
	// A flat object literal: no "}}" inside, which would end n8n's expression early.
	return `={{ ${JSON.stringify(labels)}[$parameter["resource"] + "." + $parameter["operation"]] }}`;
}
