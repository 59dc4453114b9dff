#!/usr/bin/env bash
# Apache Kafka's kafka-consumer-groups.sh, for scripts written against it: `swkafka consumer-groups`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" consumer-groups "$@"
