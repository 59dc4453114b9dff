function __swkafka_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __swkafka_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __swkafka_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __swkafka_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __swkafka_parse_tokens -S
    set -l unparsed_tokens (__swkafka_tokens -pc)
    switch $unparsed_tokens[1]
    case 'swkafka'
        __swkafka_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'server-start'
            __swkafka_parse_subcommand 1 'override=+' 'daemon' 'version' 'h/help'
        case 'server-stop'
            __swkafka_parse_subcommand 1 'override=+' 'timeout-ms=' 'version' 'h/help'
        case 'storage'
            __swkafka_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'random-uuid'
                __swkafka_parse_subcommand 0 'version' 'h/help'
            case 'format'
                __swkafka_parse_subcommand 0 'c/config=' 't/cluster-id=' 'g/ignore-formatted' 's/standalone' 'r/release-version=' 'version' 'h/help'
            case 'info'
                __swkafka_parse_subcommand 0 'c/config=' 'version' 'h/help'
            end
        case 'dump-log'
            __swkafka_parse_subcommand 0 'files=+' 'print-data-log' 'deep-iteration' 'verify-index-only' 'index-sanity-check' 'max-message-size=' 'max-bytes=' 'value-decoder-class=' 'key-decoder-class=' 'offsets-decoder' 'transaction-log-decoder' 'cluster-metadata-decoder' 'skip-record-metadata' 'format=' 'version' 'h/help'
        case 'topics'
            __swkafka_parse_subcommand 0 'bootstrap-server=' 'command-config=' 'create' 'list' 'describe' 'alter' 'delete' 'topic=' 'topic-id=' 'partitions=' 'replication-factor=' 'replica-assignment=' 'config=+' 'delete-config=+' 'if-exists' 'if-not-exists' 'exclude-internal' 'under-replicated-partitions' 'unavailable-partitions' 'under-min-isr-partitions' 'at-min-isr-partitions' 'topics-with-overrides' 'partition-size-limit-per-response=' 'regex' 'format=' 'version' 'h/help'
        case 'console-producer'
            __swkafka_parse_subcommand 0 'bootstrap-server=' 'topic=' 'sync' 'compression-codec=' 'batch-size=' 'max-partition-memory-bytes=' 'message-send-max-retries=' 'retry-backoff-ms=' 'timeout=' 'request-required-acks=' 'request-timeout-ms=' 'metadata-expiry-ms=' 'max-block-ms=' 'max-memory-bytes=' 'socket-buffer-size=' 'line-reader=' 'property=+' 'reader-property=+' 'reader-config=' 'producer-property=+' 'command-property=+' 'producer.config=' 'command-config=' 'D=' 'K=' 'k=' 'H=+' 'Z' 'p=' 'format=' 'version' 'h/help'
        case 'console-consumer'
            __swkafka_parse_subcommand 0 'bootstrap-server=' 'topic=' 'include=' 'partition=' 'offset=' 'from-beginning' 'max-messages=' 'timeout-ms=' 'skip-message-on-error' 'group=' 'isolation-level=' 'formatter=' 'property=+' 'formatter-property=+' 'formatter-config=' 'consumer-property=+' 'command-property=+' 'consumer.config=' 'command-config=' 'key-deserializer=' 'value-deserializer=' 'enable-systest-events' 'format=' 'exit-at-end' 'version' 'h/help'
        case 'consumer-groups'
            __swkafka_parse_subcommand 0 'bootstrap-server=' 'command-config=' 'list' 'describe' 'delete' 'reset-offsets' 'delete-offsets' 'group=+' 'all-groups' 'topic=+' 'all-topics' 'offsets' 'members' 'verbose' 'state=' 'type=' 'timeout=' 'dry-run' 'execute' 'export' 'to-offset=' 'from-file=' 'to-datetime=' 'by-duration=' 'to-earliest' 'to-latest' 'to-current' 'shift-by=' 'summary' 'log-start-offset' 'format=' 'version' 'h/help'
        case 'producer-perf-test'
            __swkafka_parse_subcommand 0 'topic=' 'num-records=' 'record-size=' 'payload-file=' 'payload-monotonic' 'payload-delimiter=' 'throughput=' 'bootstrap-server=' 'producer-props=+' 'command-property=+' 'producer.config=' 'command-config=' 'print-metrics' 'transactional-id=' 'transaction-duration-ms=' 'warmup-records=' 'reporting-interval=' 'format=' 'version' 'h/help'
        case 'consumer-perf-test'
            __swkafka_parse_subcommand 0 'bootstrap-server=' 'topic=' 'include=' 'group=' 'messages=' 'fetch-size=' 'from-latest' 'socket-buffer-size=' 'consumer.config=' 'command-config=' 'command-property=+' 'print-metrics' 'show-detailed-stats' 'timeout=' 'reporting-interval=' 'date-format=' 'hide-header' 'format=' 'version' 'h/help'
        case 'help'
            __swkafka_parse_subcommand -r 1 'version'
        end
    end
end

function __swkafka_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __swkafka_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __swkafka_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __swkafka_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__swkafka_tokens -p)
    if test -z "$(__swkafka_tokens -t)"
        set -l index (count (__swkafka_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'swkafka' -f
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'server-start' -d 'Start a Kafka node (broker and/or controller).'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'server-stop' -d 'Stop running swkafka nodes (SIGTERM, then wait for a clean shutdown).'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'storage' -d 'The Kafka storage tool.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'dump-log' -d 'This tool helps to parse a log file and dump its contents to the console, useful for debugging a seemingly corrupt log segment.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'topics' -d 'Create, delete, describe, or change a topic.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'console-producer' -d 'Read data from standard input and publish it to Kafka.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'console-consumer' -d 'Consume messages from Kafka topics and write them to standard output.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'consumer-groups' -d 'List all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'producer-perf-test' -d 'This tool is used to verify the producer performance.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'consumer-perf-test' -d 'This tool is used to verify the consumer performance.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka server-start"' -l 'override' -d 'Optional property that should override values set in server.properties file.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka server-start" daemon' -l 'daemon' -d 'Run in the background; output goes to $LOG_DIR/swkafkaServer.out or the first log dir.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka server-start" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka server-start" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka server-stop"' -l 'override' -d 'A property override, as given to server-start.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka server-stop" timeout-ms' -l 'timeout-ms' -d 'How long to wait for the nodes to shut down.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka server-stop" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka server-stop" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka storage" -eq 1' -fa 'random-uuid' -d 'Print a random UUID.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka storage" -eq 1' -fa 'format' -d 'Format the Kafka log directories.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_positional "swkafka storage" -eq 1' -fa 'info' -d 'Get information about the Kafka log directories on this node.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage random-uuid" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage random-uuid" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage format" c config' -s 'c' -l 'config' -d 'The Kafka configuration file to use.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage format" cluster-id t' -s 't' -l 'cluster-id' -d 'The cluster ID to use.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage format" g ignore-formatted' -s 'g' -l 'ignore-formatted' -d 'When this option is passed, the format command will skip over already formatted directories rather than failing.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage format" s standalone' -s 's' -l 'standalone' -d 'Used to initialize a controller as a single-node dynamic quorum.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage format" r release-version' -s 'r' -l 'release-version' -d 'The release version to use for the initial feature settings (only the latest is supported).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage format" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage format" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage info" c config' -s 'c' -l 'config' -d 'The Kafka configuration file to use.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage info" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka storage info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log"' -l 'files' -d 'REQUIRED: The comma separated list of data and index log files to be dumped.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" print-data-log' -l 'print-data-log' -d 'If set, printing the messages content when dumping data logs. Automatically set if any decoder option is specified.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" deep-iteration' -l 'deep-iteration' -d 'If set, uses deep instead of shallow iteration. Automatically set if print-data-log is enabled.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" verify-index-only' -l 'verify-index-only' -d 'If set, just verify the index log without printing its content.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" index-sanity-check' -l 'index-sanity-check' -d 'If set, just checks the index sanity without printing its content. This is the same check that is executed on broker startup to determine if an index needs rebuilding or not.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" max-message-size' -l 'max-message-size' -d 'Size of largest message.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" max-bytes' -l 'max-bytes' -d 'Limit the amount of total batches read in bytes avoiding reading the whole .log file(s).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" value-decoder-class' -l 'value-decoder-class' -d 'If set, used to deserialize the messages: org.apache.kafka.tools.api.StringDecoder (the default), IntegerDecoder, LongDecoder or DefaultDecoder.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" key-decoder-class' -l 'key-decoder-class' -d 'If set, used to deserialize the keys: org.apache.kafka.tools.api.StringDecoder (the default), IntegerDecoder, LongDecoder or DefaultDecoder.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" offsets-decoder' -l 'offsets-decoder' -d 'If set, log data will be parsed as offset data from the __consumer_offsets topic.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" transaction-log-decoder' -l 'transaction-log-decoder' -d 'If set, log data will be parsed as transaction metadata from the __transaction_state topic.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" cluster-metadata-decoder' -l 'cluster-metadata-decoder' -d 'If set, log data will be parsed as cluster metadata records.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" skip-record-metadata' -l 'skip-record-metadata' -d 'Whether to skip printing metadata for each record.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" format' -l 'format' -d 'Output format: text (Kafka\'s lines) or json (one object per line for each batch, record and index entry).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka dump-log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" bootstrap-server' -l 'bootstrap-server' -d 'REQUIRED: The Kafka server to connect to.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" command-config' -l 'command-config' -d 'Property file containing configs to be passed to Admin Client.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" create' -l 'create' -d 'Create a new topic.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" list' -l 'list' -d 'List all available topics.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" describe' -l 'describe' -d 'List details for the given topics.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" alter' -l 'alter' -d 'Alter the number of partitions and replica assignment.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" delete' -l 'delete' -d 'Delete a topic.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" topic' -l 'topic' -d 'The topic to create, alter, describe or delete. It also accepts a regular expression, except for --create option. Put topic name in double quotes and use the \'\\\' prefix to escape regular expression symbols; e.g. "test\\.topic".' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" topic-id' -l 'topic-id' -d 'The topic-id to describe. This is used only with --bootstrap-server option for describing topics.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" partitions' -l 'partitions' -d 'The number of partitions for the topic being created or altered. If not supplied for create, defaults to the cluster default.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" replication-factor' -l 'replication-factor' -d 'The replication factor for each partition in the topic being created. If not supplied, defaults to the cluster default.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" replica-assignment' -l 'replica-assignment' -d 'A list of manual partition-to-broker assignments for the topic being created or altered.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics"' -l 'config' -d 'A topic configuration override for the topic being created. Repeatable.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics"' -l 'delete-config' -d 'This option is no longer supported and has been deprecated since 4.0.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" if-exists' -l 'if-exists' -d 'If set when altering or deleting or describing topics, the action will only execute if the topic exists.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" if-not-exists' -l 'if-not-exists' -d 'If set when creating topics, the action will only execute if the topic does not already exist.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" exclude-internal' -l 'exclude-internal' -d 'Exclude internal topics when running list or describe command. The internal topics will be listed by default.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" under-replicated-partitions' -l 'under-replicated-partitions' -d 'If set when describing topics, only show under replicated partitions.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" unavailable-partitions' -l 'unavailable-partitions' -d 'If set when describing topics, only show partitions whose leader is not available.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" under-min-isr-partitions' -l 'under-min-isr-partitions' -d 'If set when describing topics, only show partitions whose isr count is less than the configured minimum.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" at-min-isr-partitions' -l 'at-min-isr-partitions' -d 'If set when describing topics, only show partitions whose isr count is equal to the configured minimum.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" topics-with-overrides' -l 'topics-with-overrides' -d 'If set when describing topics, only show topics that have overridden configs.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" partition-size-limit-per-response' -l 'partition-size-limit-per-response' -d 'The maximum partition size to be included in one DescribeTopicPartitions response.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" regex' -l 'regex' -d 'Treat --topic as a regular expression even when a topic has exactly that name, and let --delete remove every topic it matches.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" format' -l 'format' -d 'Output of --list and --describe: text (Kafka\'s) or json (one object per line).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka topics" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" bootstrap-server' -l 'bootstrap-server' -d 'REQUIRED: The server(s) to connect to. The broker list string in the form HOST1:PORT1,HOST2:PORT2.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" topic' -l 'topic' -d 'REQUIRED: The topic id to produce messages to.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" sync' -l 'sync' -d 'If set message send requests to the brokers are synchronously, one at a time as they arrive.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" compression-codec' -l 'compression-codec' -d 'The compression codec: either \'none\', \'gzip\', \'snappy\', \'lz4\', or \'zstd\'. If specified without value, then it defaults to \'gzip\'.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" batch-size' -l 'batch-size' -d 'Number of messages to send in a single batch if they are not being sent synchronously. (default: 16384)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" max-partition-memory-bytes' -l 'max-partition-memory-bytes' -d 'The buffer size allocated for a partition. (default: 16384)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" message-send-max-retries' -l 'message-send-max-retries' -d 'The number of retries before the producer gives up. (default: 3)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" retry-backoff-ms' -l 'retry-backoff-ms' -d 'Before each retry, the producer refreshes the metadata of relevant topics. (default: 100)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" linger-ms timeout' -l 'timeout' -l 'linger-ms' -d 'If set and the producer is running in asynchronous mode, this gives the maximum amount of time a message will queue awaiting sufficient batch size; linger.ms. (default: 1000)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" request-required-acks' -l 'request-required-acks' -d 'The required acks of the producer requests: -1, 0, 1 or all. (default: -1)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" request-timeout-ms' -l 'request-timeout-ms' -d 'The ack timeout of the producer requests. (default: 1500)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" metadata-expiry-ms' -l 'metadata-expiry-ms' -d 'The period of time in milliseconds after which we force a refresh of metadata. (default: 300000)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" max-block-ms' -l 'max-block-ms' -d 'The max time that the producer will block for during a send request. (default: 60000)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" max-memory-bytes' -l 'max-memory-bytes' -d 'The total memory used by the producer to buffer records waiting to be sent to the server. (default: 33554432)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" socket-buffer-size' -l 'socket-buffer-size' -d 'The size of the tcp RECV size. (default: 102400)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" line-reader' -l 'line-reader' -d 'The class name of the class to use for reading lines from standard in (only org.apache.kafka.tools.LineMessageReader).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer"' -l 'property' -d 'A mechanism to pass user-defined properties in the form key=value to the message reader: parse.key, key.separator, parse.headers, headers.delimiter, headers.separator, headers.key.separator, null.marker, ignore.error.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer"' -l 'reader-property' -d 'The 4.2 spelling of --property.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" reader-config' -l 'reader-config' -d 'Config properties file for the message reader. Note that --property takes precedence over this config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer"' -l 'producer-property' -d 'A mechanism to pass user-defined properties in the form key=value to the producer.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer"' -l 'command-property' -d 'The 4.2 spelling of --producer-property.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" producer.config' -l 'producer.config' -d 'Producer config properties file. Note that --producer-property takes precedence over this config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" command-config' -l 'command-config' -d 'The 4.2 spelling of --producer.config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" D' -s 'D' -d 'kcat: the record delimiter instead of a newline (escapes such as \\0 and \\x1e).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" K' -s 'K' -d 'kcat: the key delimiter; each record is key<delim>value (a record without it has no key).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" k' -s 'k' -d 'kcat: the key of every record.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer"' -s 'H' -d 'kcat: a header of every record. Repeatable.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" Z' -s 'Z' -d 'kcat: send empty keys and values as null.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" p' -s 'p' -d 'kcat: the partition of every record.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" format' -l 'format' -d 'An input template: fields %k key, %v value, %p partition, %T timestamp, %h headers between literal text.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-producer" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" bootstrap-server' -l 'bootstrap-server' -d 'REQUIRED: The server(s) to connect to.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" topic' -l 'topic' -d 'The topic to consume on.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" include' -l 'include' -d 'Regular expression specifying list of topics to include for consumption.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" partition' -l 'partition' -d 'The partition to consume from. Consumption starts from the end of the partition unless \'--offset\' is specified.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" offset' -l 'offset' -d 'The offset to consume from (a non-negative number), or \'earliest\' which means from beginning, or \'latest\' which means from end (these need --partition); or a range: -N, A:B, A:end, @time, @t1:@t2.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" from-beginning' -l 'from-beginning' -d 'If the consumer does not already have an established offset to consume from, start with the earliest message present in the log rather than the latest message.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" max-messages' -l 'max-messages' -d 'The maximum number of messages to consume before exiting. If not set, consumption is continual.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" timeout-ms' -l 'timeout-ms' -d 'If specified, exit if no message is available for consumption for the specified interval.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" skip-message-on-error' -l 'skip-message-on-error' -d 'If there is an error when processing a message, skip it instead of halt.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" group' -l 'group' -d 'The consumer group id of the consumer.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" isolation-level' -l 'isolation-level' -d 'Set to read_committed in order to filter out transactional messages which are not committed. Set to read_uncommitted to read all messages. (default: read_uncommitted)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" formatter' -l 'formatter' -d 'The name of a class to use for formatting kafka messages for display: org.apache.kafka.tools.consumer.DefaultMessageFormatter (the default) or NoOpMessageFormatter.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer"' -l 'property' -d 'The properties to initialize the message formatter: print.timestamp, print.key, print.offset, print.partition, print.delivery, print.epoch, print.headers, print.value, key.separator, line.separator, headers.separator, null.literal, key.deserializer, value.deserializer, headers.deserializer.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer"' -l 'formatter-property' -d 'The 4.2 spelling of --property.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" formatter-config' -l 'formatter-config' -d 'Config properties file to initialize the message formatter. Note that --property takes precedence over this config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer"' -l 'consumer-property' -d 'A mechanism to pass user-defined properties in the form key=value to the consumer.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer"' -l 'command-property' -d 'The 4.2 spelling of --consumer-property.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" consumer.config' -l 'consumer.config' -d 'Consumer config properties file. Note that --consumer-property takes precedence over this config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" command-config' -l 'command-config' -d 'The 4.2 spelling of --consumer.config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" key-deserializer' -l 'key-deserializer' -d 'The name of the class to use for deserializing keys.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" value-deserializer' -l 'value-deserializer' -d 'The name of the class to use for deserializing values.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" enable-systest-events' -l 'enable-systest-events' -d 'Log lifecycle events of the consumer in addition to logging consumed messages. (This is specific for system tests.)'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" format' -l 'format' -d 'Instead of Kafka\'s formatter: \'json\' (one object per record) or a template (%t topic, %p partition, %o offset, %k key, %v value, %T timestamp, %h headers, ...).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" exit-at-end' -l 'exit-at-end' -d 'Exit once every partition has been read up to the end offset it had when consumption started.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka console-consumer" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" bootstrap-server' -l 'bootstrap-server' -d 'REQUIRED: The server(s) to connect to.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" command-config' -l 'command-config' -d 'Property file containing configs to be passed to Admin Client and Consumer.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" list' -l 'list' -d 'List all consumer groups.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" describe' -l 'describe' -d 'Describe consumer group and list offset lag (number of messages not yet processed) related to given group.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" delete' -l 'delete' -d 'Pass in groups to delete topic partition offsets and ownership information over the entire consumer group. For instance --group g1 --group g2'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" reset-offsets' -l 'reset-offsets' -d 'Reset offsets of consumer group. Supports one consumer group at the time, and instances should be inactive.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" delete-offsets' -l 'delete-offsets' -d 'Delete offsets of consumer group. Supports one consumer group at the time, and multiple topics.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups"' -l 'group' -d 'The consumer group we wish to act on. Repeatable.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" all-groups' -l 'all-groups' -d 'Apply to all consumer groups.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups"' -l 'topic' -d 'The topic whose consumer group information should be deleted or topic whose should be included in the reset offset process. In `reset-offsets` case, partitions can be specified using this format: `topic1:0,1,2`, where 0,1,2 are the partition to be included in the process. Reset-offsets also supports multiple topic inputs.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" all-topics' -l 'all-topics' -d 'Consider all topics assigned to a group in the `reset-offsets` process.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" offsets' -l 'offsets' -d 'Describe the group and list all topic partitions in the group along with their offset lag. This is the default sub-action of and may be used with \'--describe\' option only.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" members' -l 'members' -d 'Describe members of the group. This option may be used with \'--describe\' option only.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" verbose' -l 'verbose' -d 'Provide additional information, if any, when describing the group. This option may be used with \'--offsets\'/\'--members\'/\'--state\' options only.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" state' -l 'state' -d 'When specified with \'--describe\', includes the state of the group. When specified with \'--list\', it displays the state of all groups; with a value (e.g. stable,empty) it lists only groups in those states.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" type' -l 'type' -d 'When specified with \'--list\', it displays the types of all the groups; with a value (e.g. classic,consumer) it lists only groups of those types.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" timeout' -l 'timeout' -d 'The timeout that can be set for some use cases. For example, it can be used when describing the group to specify the maximum amount of time in milliseconds to wait before the group stabilizes (when the group is just created, or is going through some changes). (default: 5000)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" dry-run' -l 'dry-run' -d 'Only show results without executing changes on Consumer Groups. Supported operations: reset-offsets.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" execute' -l 'execute' -d 'Execute operation. Supported operations: reset-offsets.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" export' -l 'export' -d 'Export operation execution to a CSV file. Supported operations: reset-offsets.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" to-offset' -l 'to-offset' -d 'Reset offsets to a specific offset.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" from-file' -l 'from-file' -d 'Reset offsets to values defined in CSV file.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" to-datetime' -l 'to-datetime' -d 'Reset offsets to offset from datetime. Format: \'YYYY-MM-DDTHH:mm:SS.sss\' (UTC unless a zone such as Z or +02:00 follows).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" by-duration' -l 'by-duration' -d 'Reset offsets to offset by duration from current timestamp. Format: \'PnDTnHnMnS\'' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" to-earliest' -l 'to-earliest' -d 'Reset offsets to earliest offset.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" to-latest' -l 'to-latest' -d 'Reset offsets to latest offset.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" to-current' -l 'to-current' -d 'Reset offsets to current offset.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" shift-by' -l 'shift-by' -d 'Reset offsets shifting current offset by \'n\', where \'n\' can be positive or negative.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" summary' -l 'summary' -d 'With --describe: after the tables, one line per group with its STATE, #MEMBERS and TOTAL-LAG.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" log-start-offset' -l 'log-start-offset' -d 'With --describe: add a LOG-START-OFFSET column to the offsets table.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" format' -l 'format' -d 'Output: text (Kafka\'s) or json (one JSON document per group, one per line).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-groups" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" topic' -l 'topic' -d 'produce messages to this topic' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" num-records' -l 'num-records' -d 'number of messages to produce' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" record-size' -l 'record-size' -d 'message size in bytes. Note that you must provide exactly one of --record-size or --payload-file or --payload-monotonic.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" payload-file' -l 'payload-file' -d 'file to read the message payloads from. This works only for UTF-8 encoded text files. Payloads will be read from this file and a payload will be randomly selected when sending messages. Note that you must provide exactly one of --record-size or --payload-file or --payload-monotonic.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" payload-monotonic' -l 'payload-monotonic' -d 'payload is monotonically increasing integer. Note that you must provide exactly one of --record-size or --payload-file or --payload-monotonic.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" payload-delimiter' -l 'payload-delimiter' -d 'provides delimiter to be used when --payload-file is provided. Defaults to new line. Note that this parameter will be ignored if --payload-file is not provided. (default: \\n)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" throughput' -l 'throughput' -d 'throttle maximum message throughput to *approximately* THROUGHPUT messages/sec. Set this to -1 to disable throttling.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" bootstrap-server' -l 'bootstrap-server' -d 'The server(s) to connect to. This config takes precedence over bootstrap.servers specified via --command-property or --command-config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test"' -l 'producer-props' -d '(deprecated, use --command-property) kafka producer related configuration properties like bootstrap.servers,client.id etc. These configs take precedence over those passed via --producer.config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test"' -l 'command-property' -d 'Kafka producer related configuration properties like client.id. These configs take precedence over those passed via --command-config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" producer.config' -l 'producer.config' -d '(deprecated, use --command-config) producer config properties file.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" command-config' -l 'command-config' -d 'Producer config properties file.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" print-metrics' -l 'print-metrics' -d 'print out metrics at the end of the test.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" transactional-id' -l 'transactional-id' -d 'The transactional id to use (not supported by swkafka yet: refused).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" transaction-duration-ms' -l 'transaction-duration-ms' -d 'The max age of each transaction (not supported by swkafka yet: refused).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" warmup-records' -l 'warmup-records' -d 'The number of records to treat as warmup; these initial records will not be included in steady-state statistics. An additional summary line will be printed describing the steady-state statistics. (default: 0)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" reporting-interval' -l 'reporting-interval' -d 'Interval in milliseconds at which to print progress info. (default: 5000)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" format' -l 'format' -d 'text (Kafka\'s lines) or json (one JSON object per report line).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka producer-perf-test" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" bootstrap-server' -l 'bootstrap-server' -d 'REQUIRED: The server(s) to connect to.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" topic' -l 'topic' -d 'The topic to consume from.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" include' -l 'include' -d 'Regular expression specifying list of topics to include for consumption.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" group' -l 'group' -d 'The group id to consume on. (default: perf-consumer-<random>)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" messages' -l 'messages' -d 'REQUIRED: The number of messages to consume.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" fetch-size' -l 'fetch-size' -d 'The amount of data to fetch in a single request. (default: 1048576)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" from-latest' -l 'from-latest' -d 'If the consumer does not already have an established offset to consume from, start with the latest message present in the log rather than the earliest message.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" socket-buffer-size' -l 'socket-buffer-size' -d 'The size of the tcp RECV size. (default: 2097152)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" consumer.config' -l 'consumer.config' -d '(deprecated, use --command-config) Consumer config properties file.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" command-config' -l 'command-config' -d 'Consumer config properties file.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test"' -l 'command-property' -d 'Consumer config properties in the form key=value; they take precedence over --command-config.' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" print-metrics' -l 'print-metrics' -d 'Print out the metrics.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" show-detailed-stats' -l 'show-detailed-stats' -d 'If set, stats are reported for each reporting interval as configured by reporting-interval'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" timeout' -l 'timeout' -d 'The maximum allowed time in milliseconds between returned records. (default: 10000)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" reporting-interval' -l 'reporting-interval' -d 'Interval in milliseconds at which to print progress info. (default: 5000)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" date-format' -l 'date-format' -d 'The date format to use for formatting the time field. See java.text.SimpleDateFormat for options. (default: yyyy-MM-dd HH:mm:ss:SSS)' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" hide-header' -l 'hide-header' -d 'If set, skips printing the header for the stats'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" format' -l 'format' -d 'text (Kafka\'s lines) or json (one JSON object per report line).' -rfka ''
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" version' -l 'version' -d 'Show the version.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka consumer-perf-test" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka help" version' -l 'version' -d 'Show the version.'
