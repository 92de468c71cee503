'use strict';
// Subscriptions only; deliveries are made by POST /__sandbox/webhooks/emit (../webhooks.js).
const facts = require('../facts');
const { equals, whenTrue } = require('../filters');
const { invalid } = require('../errors');

const isHttpUrl = (value) => {
	try {
		return ['http:', 'https:'].includes(new URL(value).protocol);
	} catch {
		return false;
	}
};

module.exports = {
	name: 'webhook_subscriptions',
	path: 'api_public/webhook_subscriptions',
	object: 'webhook_subscription',
	firstId: 901,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	// The bodies say subscription_type; the object and the list filter say type.
	renames: { subscription_type: 'type' },
	validate(ctx, values, record) {
		if (values.subscription_type != null && !facts.isWebhookEvent(values.subscription_type)) {
			throw invalid('subscription_type', `subscription_type ${values.subscription_type} is not a webhook event`);
		}
		if (values.target_url != null && !isHttpUrl(values.target_url)) throw invalid('target_url', 'target_url must be an http(s) URL');
		// Required object fields cannot be blanked by a PUT.
		for (const field of ['subscription_type', 'target_url', 'enabled']) {
			if (record && values[field] === null) throw invalid(field, `${field} can't be blank`);
		}
	},
	// Required object fields that the body may omit or send as null. "By default, all subscriptions
	// are created as enabled"; api_version defaults to the sandbox's own version.
	derive: (record) => ({ enabled: record.enabled ?? true, api_version: record.api_version ?? facts.VERSION }),
	filters: {
		id: equals('id'),
		company_id: equals('company_id'),
		type: equals('type'),
		enabled: whenTrue(() => (r) => r.enabled === true),
	},
};
