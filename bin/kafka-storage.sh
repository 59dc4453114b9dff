#!/usr/bin/env bash
# Apache Kafka's kafka-storage.sh, for scripts written against it: `swkafka storage`.
exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/swkafka" storage "$@"
