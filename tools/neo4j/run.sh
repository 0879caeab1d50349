#!/usr/bin/env bash
# Runs the local Neo4j in the foreground. Builds the launcher (and fetches the jars from Maven Central) when needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec node "$here/supervise-neo4j.cjs" "$@"
