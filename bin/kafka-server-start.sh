#!/usr/bin/env bash
# Apache Kafka's kafka-server-start.sh, for scripts written against it: `swkafka server-start`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" server-start "$@"
