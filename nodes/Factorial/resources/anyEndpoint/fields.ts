import type { INodeProperties } from 'n8n-workflow';

import { TOOL_LIST_LIMIT, toolDisplay } from '../../engine/tool';

// The endpoint picker and the resource mapper are read by call.ts itself (settings), since what
// they hold depends on the endpoint picked: the catalog is loaded on demand, not described here.
export const endpointProperty: INodeProperties = {
	displayName: 'Endpoint',
	name: 'endpoint',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'Any of Factorial\'s 615 endpoints, by area and summary; flagged when it uploads files or accepts only an API key',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select an endpoint…',
			typeOptions: { searchListMethod: 'searchEndpoints', searchable: true },
		},
		{
			displayName: 'By Method and Path',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. GET attendance/worked_times',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^(GET|POST|PUT|DELETE) [a-z_]+/[a-z_]+(/\\{id\\}|/[a-z_]+)?$',
						errorMessage: 'Enter a method and a path below /resources/, e.g. GET attendance/worked_times or PUT trainings/trainings/{id}',
					},
				},
			],
		},
	],
};

export const endpointFieldsProperty: INodeProperties = {
	displayName: 'Parameters',
	name: 'endpointFields',
	type: 'resourceMapper',
	noDataExpression: true,
	default: { mappingMode: 'defineBelow', value: null },
	required: true,
	description: 'The endpoint\'s path parameters, query parameters and body fields, with their types, required flags and choices',
	typeOptions: {
		loadOptionsDependsOn: ['endpoint.value'],
		resourceMapper: {
			resourceMapperMethod: 'endpointFieldsMapping',
			mode: 'add',
			fieldWords: { singular: 'parameter', plural: 'parameters' },
			addAllFields: false,
			multiKeyMatch: false,
			supportAutoMap: false,
			noFieldsError: 'This endpoint takes no parameters',
		},
	},
};

// Return All and Limit come after the endpoint and its parameters, and apply to list endpoints only.
export const returnAllProperty: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
	hint: 'For list endpoints only',
};

export const limitProperty: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false], ...toolDisplay.never } },
};

/** As a tool, the smaller limit every Get Many has there (engine/describe.ts says why). */
export const toolLimitProperty: INodeProperties = {
	...limitProperty,
	default: TOOL_LIST_LIMIT,
	displayOptions: { show: { returnAll: [false], ...toolDisplay.only } },
};
