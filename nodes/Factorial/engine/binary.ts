import type { IExecuteFunctions } from 'n8n-workflow';

import type { FileSource } from '../../shared/transport/multipart';
import type { FieldSpec } from './types';
import { invalid, quote } from './values';

/**
 * The input item's binary property named by a `binary` field, as a file that is read only when the
 * request is sent. Stored binaries (n8n's filesystem, S3 or database mode, the default in n8n 2)
 * are streamed from the store; in-memory binaries are decoded at send time, one item at a time.
 */
export async function binaryFile(
	context: IExecuteFunctions,
	field: FieldSpec,
	raw: unknown,
	itemIndex: number,
): Promise<FileSource> {
	if (raw !== null && raw !== undefined && typeof raw !== 'string') {
		throw invalid(context, field, itemIndex, `must be the name of a binary property, not ${quote(raw)}`);
	}
	const property = typeof raw === 'string' ? raw.trim() : '';
	if (!property) throw invalid(context, field, itemIndex, 'is required but empty', 'Enter the name of the binary property that holds the file, for example data.');
	const binaries = context.getInputData()[itemIndex]?.binary ?? {};
	const binary = binaries[property];
	if (!binary) {
		const present = Object.keys(binaries);
		throw invalid(
			context,
			field,
			itemIndex,
			`names the binary property ${quote(property)}, which item ${itemIndex} does not have`,
			present.length > 0
				? `The item's binary properties: ${present.join(', ')}.`
				: 'The item has no binary data. Add a node before this one that reads or creates the file.',
		);
	}
	const fileName = binary.fileName || 'file';
	const { id } = binary;
	if (id) {
		const metadata = await context.helpers.getBinaryMetadata(id);
		return {
			fileName,
			mimeType: binary.mimeType || metadata.mimeType || 'application/octet-stream',
			size: metadata.fileSize,
			open: async () => await context.helpers.getBinaryStream(id),
		};
	}
	return {
		fileName,
		mimeType: binary.mimeType || 'application/octet-stream',
		size: Buffer.byteLength(binary.data, 'base64'),
		open: async () => [await context.helpers.getBinaryDataBuffer(itemIndex, property)],
	};
}
