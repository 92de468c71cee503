'use strict';
// Unit tests run in-process against dist/ and the sandbox; the real-n8n suite (test/e2e) has its
// own runner because it installs and drives n8n itself.
module.exports = {
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.js'],
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
	testTimeout: 60_000,
};
