import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { downloadFile, fileNameFromHeaders } from '../../../shared/transport/download';
import { factorialRequest } from '../../../shared/transport/request';
import type { TransportOptions } from '../../../shared/transport/request';

interface DownloadUrl {
	id?: unknown;
	url?: unknown;
}

function urlsOf(response: unknown): DownloadUrl[] {
	const value =
		response && typeof response === 'object' && !Array.isArray(response) && 'data' in response
			? (response as { data: unknown }).data
			: response;
	return Array.isArray(value) ? (value as DownloadUrl[]) : [];
}

/**
 * Download's output: for each document, its record (file name, content type) and the file behind
 * the temporary URL Factorial handed out, as binary data that n8n stores chunk by chunk.
 */
export async function downloadDocuments(
	context: IExecuteFunctions,
	itemIndex: number,
	response: unknown,
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const property = String(context.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim() || 'data';
	const requested = context.getNodeParameter('documentIds', itemIndex, '') as string | string[];
	const ids = (Array.isArray(requested) ? requested : String(requested).split(','))
		.map((id) => String(id).trim())
		.filter(Boolean);
	const urls = urlsOf(response);
	const items: INodeExecutionData[] = [];
	for (const id of ids) {
		const entry = urls.find((u) => String(u.id) === id);
		if (!entry || typeof entry.url !== 'string') {
			throw new NodeOperationError(context.getNode(), `Factorial returned no download URL for document ${id}`, { itemIndex });
		}
		const record = (await factorialRequest(
			context,
			{ method: 'GET', path: `documents/documents/${encodeURIComponent(id)}` },
			{ ...transport, itemIndex },
		)) as IDataObject;
		const file = await downloadFile(
			context,
			entry.url,
			`the file of document ${id} (download URL from Factorial)`,
			itemIndex,
			transport.fileTimeoutMs,
		);
		const fileName =
			(typeof record?.filename === 'string' && record.filename) || fileNameFromHeaders(file.headers) || `document-${id}`;
		const mimeType =
			(typeof record?.content_type === 'string' && record.content_type) ||
			file.headers['content-type']?.split(';')[0].trim() ||
			undefined;
		const binary = await context.helpers.prepareBinaryData(file.body as Buffer, fileName, mimeType);
		items.push({ json: record ?? { id }, binary: { [property]: binary }, pairedItem: { item: itemIndex } });
	}
	return items;
}
