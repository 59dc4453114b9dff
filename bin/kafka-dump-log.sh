#!/usr/bin/env bash
# Apache Kafka's kafka-dump-log.sh, for scripts written against it: `swkafka dump-log`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" dump-log "$@"
