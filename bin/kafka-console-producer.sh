#!/usr/bin/env bash
# Apache Kafka's kafka-console-producer.sh, for scripts written against it: `swkafka console-producer`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" console-producer "$@"
