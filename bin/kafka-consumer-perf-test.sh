#!/usr/bin/env bash
# Apache Kafka's kafka-consumer-perf-test.sh, for scripts written against it: `swkafka consumer-perf-test`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" consumer-perf-test "$@"
