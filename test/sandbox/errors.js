'use strict';
// The 2027-01-01 ErrorResponse shape; 2026-10-01 declares none, and this is what clients branch on.

class ApiError extends Error {
	constructor(status, code, message, field = null) {
		super(message);
		this.status = status;
		this.code = code;
		this.field = field;
	}
}

const envelope = (code, message, field = null) => ({ errors: [{ code, message, field }] });

const notFound = (message = 'Resource not found') => new ApiError(404, 'missing_resource', message);
const invalid = (field, message) => new ApiError(422, 'validation_failed', message, field);
const malformed = (message, field = null) => new ApiError(400, 'malformed_request', message, field);
const unauthorized = (message) => new ApiError(401, 'unauthorized', message);

module.exports = { ApiError, envelope, notFound, invalid, malformed, unauthorized };
