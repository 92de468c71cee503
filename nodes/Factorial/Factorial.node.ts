import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { describeResources, describeSubtitle } from './actions/describe';
import { transportOptionsProperty } from './actions/options';
import { resources } from './actions/resources';
import { route } from './actions/router';
import {
	searchCompanies,
	searchEmployees,
	searchLeaveTypes,
	searchLocations,
	searchTeams,
	searchProjects,
	searchContractVersions,
	searchJobPostings,
	searchCandidates,
	searchApplicationPhases,
	searchAccesses,
	searchFolders,
} from './methods/listSearch';

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
		credentials: [
			{
				name: 'factorialApi',
				required: true,
				displayOptions: { show: { authentication: ['apiKey'] } },
			},
			{
				name: 'factorialOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'factorialCompanyOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['companyOAuth2'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'API Key', value: 'apiKey' },
					{ name: 'OAuth2 (Company)', value: 'companyOAuth2' },
					{ name: 'OAuth2 (User)', value: 'oAuth2' },
				],
				default: 'apiKey',
			},
			...describeResources(resources),
			transportOptionsProperty,
		],
	};

	methods = {
		listSearch: {
			searchCompanies,
			searchEmployees,
			searchLeaveTypes,
			searchLocations,
			searchTeams,
			searchProjects,
			searchContractVersions,
			searchJobPostings,
			searchCandidates,
			searchApplicationPhases,
			searchAccesses,
			searchFolders,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, resources);
	}
}
