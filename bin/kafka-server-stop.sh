#!/usr/bin/env bash
# Apache Kafka's kafka-server-stop.sh, for scripts written against it: `swkafka server-stop`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" server-stop "$@"
