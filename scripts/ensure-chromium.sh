#!/usr/bin/env bash
# The browser part of the e2e suite drives Debian's Chromium (playwright-core downloads no browser) and
# fails, never skips, without one. On a machine where we are root with apt (CI, a fresh container) it
# is installed here; elsewhere this says what to install.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "[test:all] installing Debian's Chromium for the browser tests" >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
else
	echo "The browser tests need Chromium: run 'sudo apt-get install chromium fonts-liberation' (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary, then run the same command again." >&2
	exit 1
fi
