import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { describeResources, describeSubtitle } from './engine/describe';
import { transportOptionsProperty } from './engine/options';
import { toolDescriptionProperties } from './engine/tool';
import { resources } from './resources';
import { route } from './engine/router';
// Every export is a picker's search method, named by locators.ts.
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';
import { endpointFieldsMapping, searchEndpoints } from './methods/endpoints';
import { authenticationProperty, factorialCredentials } from '../shared/authentication';

export class Factorial implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Factorial',
		name: 'factorial',
		icon: { light: 'file:factorial.svg', dark: 'file:factorial.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: describeSubtitle(resources),
		description: 'Work with employees and other data in Factorial HR',
		defaults: { name: 'Factorial' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: factorialCredentials,
		properties: [
			...toolDescriptionProperties(resources),
			authenticationProperty,
			...describeResources(resources),
			transportOptionsProperty,
		],
	};

	methods = {
		listSearch: { ...listSearch, searchEndpoints },
		loadOptions,
		resourceMapping: { endpointFieldsMapping },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, resources);
	}
}
