#!/usr/bin/env bash
# Apache Kafka's kafka-producer-perf-test.sh, for scripts written against it: `swkafka producer-perf-test`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" producer-perf-test "$@"
