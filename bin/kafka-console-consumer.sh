#!/usr/bin/env bash
# Apache Kafka's kafka-console-consumer.sh, for scripts written against it: `swkafka console-consumer`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" console-consumer "$@"
