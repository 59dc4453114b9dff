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
complete -c 'swkafka' -n '__swkafka_should_offer_completions_for_flags_or_options "swkafka help" version' -l 'version' -d 'Show the version.'
