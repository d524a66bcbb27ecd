#!/usr/bin/env bash
# Builds the fund engine and starts it with demo data on embedded H2 (files under ./data).
# Needs only a JDK 17. Open http://localhost:8080 when it says "Started".
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests install
exec java -jar fund-engine/target/fund-engine.jar --spring.profiles.active=demo "$@"
