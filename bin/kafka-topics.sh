#!/usr/bin/env bash
# Apache Kafka's kafka-topics.sh, for scripts written against it: `swkafka topics`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" topics "$@"
