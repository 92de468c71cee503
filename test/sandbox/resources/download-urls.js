'use strict';
// documents/download_urls/bulk_create: temporary URLs on the sandbox's file host (see ../files.js).
const { notFound } = require('../errors');

module.exports = {
	name: 'download_urls',
	path: 'documents/download_urls',
	ops: [],
	actions: {
		bulk_create: {
			run(ctx, values) {
				const documents = ctx.store.get('documents');
				const body = (values.ids || []).map((id) => {
					if (!documents.get(id) || !ctx.files.get(id)) throw notFound(`document ${id} not found`);
					return { id: String(id), url: ctx.files.issue(id) };
				});
				return { status: 200, body };
			},
		},
	},
};
