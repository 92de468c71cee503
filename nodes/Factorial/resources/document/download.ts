import type { INodeProperties } from 'n8n-workflow';

import type { OperationSpec } from '../../engine/types';
import { downloadDocuments } from './downloadFiles';

const binaryOutput: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the output binary field to put the file in',
};

export const download: OperationSpec = {
	name: 'download',
	displayName: 'Download',
	action: 'Download a document',
	description: 'Download the file of a document as binary data',
	tool: { returns: 'Returns the file as binary data, which an AI agent cannot read: use Get for the document\'s details' },
	method: 'POST',
	// Factorial hands out temporary download URLs; the output step fetches the files they point to.
	path: 'documents/download_urls/bulk_create',
	fields: [
		{
			wire: 'ids',
			name: 'documentIds',
			displayName: 'Document IDs',
			kind: 'list', each: 'id',
			required: true,
			description: 'One document ID, or several separated by commas; each document becomes one output item with its file',
		},
	],
	settings: [binaryOutput],
	output: downloadDocuments,
};
