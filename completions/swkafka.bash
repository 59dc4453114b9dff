#!/bin/bash

__swkafka_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__swkafka_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__swkafka_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__swkafka_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_swkafka() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __swkafka_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    server-start|server-stop|storage|dump-log|topics|console-producer|console-consumer|consumer-groups|producer-perf-test|consumer-perf-test|help)
        # Offer subcommand argument completions
        "_swkafka_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'server-start server-stop storage dump-log topics console-producer console-consumer consumer-groups producer-perf-test consumer-perf-test help' -- "${cur}"))
        ;;
    esac
}

_swkafka_server-start() {
    repeating_flags=()
    non_repeating_flags=(--daemon --version -h --help)
    repeating_options=(--override)
    non_repeating_options=()
    __swkafka_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--override')
        return
        ;;
    esac
}

_swkafka_server-stop() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=(--override)
    non_repeating_options=(--timeout-ms)
    __swkafka_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--override')
        return
        ;;
    '--timeout-ms')
        return
        ;;
    esac
}

_swkafka_storage() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __swkafka_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    random-uuid|format|info)
        # Offer subcommand argument completions
        "_swkafka_storage_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'random-uuid format info' -- "${cur}"))
        ;;
    esac
}

_swkafka_storage_random-uuid() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __swkafka_offer_flags_options 0
}

_swkafka_storage_format() {
    repeating_flags=()
    non_repeating_flags=(-g --ignore-formatted -s --standalone --version -h --help)
    repeating_options=()
    non_repeating_options=(-c --config -t --cluster-id -r --release-version)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-c'|'--config')
        return
        ;;
    '-t'|'--cluster-id')
        return
        ;;
    '-r'|'--release-version')
        return
        ;;
    esac
}

_swkafka_storage_info() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(-c --config)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-c'|'--config')
        return
        ;;
    esac
}

_swkafka_dump-log() {
    repeating_flags=()
    non_repeating_flags=(--print-data-log --deep-iteration --verify-index-only --index-sanity-check --offsets-decoder --transaction-log-decoder --cluster-metadata-decoder --skip-record-metadata --version -h --help)
    repeating_options=(--files)
    non_repeating_options=(--max-message-size --max-bytes --value-decoder-class --key-decoder-class --format)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--files')
        return
        ;;
    '--max-message-size')
        return
        ;;
    '--max-bytes')
        return
        ;;
    '--value-decoder-class')
        return
        ;;
    '--key-decoder-class')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_swkafka_topics() {
    repeating_flags=()
    non_repeating_flags=(--create --list --describe --alter --delete --if-exists --if-not-exists --exclude-internal --under-replicated-partitions --unavailable-partitions --under-min-isr-partitions --at-min-isr-partitions --topics-with-overrides --regex --version -h --help)
    repeating_options=(--config --delete-config)
    non_repeating_options=(--bootstrap-server --command-config --topic --topic-id --partitions --replication-factor --replica-assignment --partition-size-limit-per-response --format)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--bootstrap-server')
        return
        ;;
    '--command-config')
        return
        ;;
    '--topic')
        return
        ;;
    '--topic-id')
        return
        ;;
    '--partitions')
        return
        ;;
    '--replication-factor')
        return
        ;;
    '--replica-assignment')
        return
        ;;
    '--config')
        return
        ;;
    '--delete-config')
        return
        ;;
    '--partition-size-limit-per-response')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_swkafka_console-producer() {
    repeating_flags=()
    non_repeating_flags=(--sync -Z --version -h --help)
    repeating_options=(--property --reader-property --producer-property --command-property -H)
    non_repeating_options=(--bootstrap-server --topic --compression-codec --batch-size --max-partition-memory-bytes --message-send-max-retries --retry-backoff-ms --timeout --linger-ms --request-required-acks --request-timeout-ms --metadata-expiry-ms --max-block-ms --max-memory-bytes --socket-buffer-size --line-reader --reader-config --producer.config --command-config -D -K -k -p --format)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--bootstrap-server')
        return
        ;;
    '--topic')
        return
        ;;
    '--compression-codec')
        return
        ;;
    '--batch-size')
        return
        ;;
    '--max-partition-memory-bytes')
        return
        ;;
    '--message-send-max-retries')
        return
        ;;
    '--retry-backoff-ms')
        return
        ;;
    '--timeout'|'--linger-ms')
        return
        ;;
    '--request-required-acks')
        return
        ;;
    '--request-timeout-ms')
        return
        ;;
    '--metadata-expiry-ms')
        return
        ;;
    '--max-block-ms')
        return
        ;;
    '--max-memory-bytes')
        return
        ;;
    '--socket-buffer-size')
        return
        ;;
    '--line-reader')
        return
        ;;
    '--property')
        return
        ;;
    '--reader-property')
        return
        ;;
    '--reader-config')
        return
        ;;
    '--producer-property')
        return
        ;;
    '--command-property')
        return
        ;;
    '--producer.config')
        return
        ;;
    '--command-config')
        return
        ;;
    '-D')
        return
        ;;
    '-K')
        return
        ;;
    '-k')
        return
        ;;
    '-H')
        return
        ;;
    '-p')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_swkafka_console-consumer() {
    repeating_flags=()
    non_repeating_flags=(--from-beginning --skip-message-on-error --enable-systest-events --exit-at-end --version -h --help)
    repeating_options=(--property --formatter-property --consumer-property --command-property)
    non_repeating_options=(--bootstrap-server --topic --include --partition --offset --max-messages --timeout-ms --group --isolation-level --formatter --formatter-config --consumer.config --command-config --key-deserializer --value-deserializer --format)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--bootstrap-server')
        return
        ;;
    '--topic')
        return
        ;;
    '--include')
        return
        ;;
    '--partition')
        return
        ;;
    '--offset')
        return
        ;;
    '--max-messages')
        return
        ;;
    '--timeout-ms')
        return
        ;;
    '--group')
        return
        ;;
    '--isolation-level')
        return
        ;;
    '--formatter')
        return
        ;;
    '--property')
        return
        ;;
    '--formatter-property')
        return
        ;;
    '--formatter-config')
        return
        ;;
    '--consumer-property')
        return
        ;;
    '--command-property')
        return
        ;;
    '--consumer.config')
        return
        ;;
    '--command-config')
        return
        ;;
    '--key-deserializer')
        return
        ;;
    '--value-deserializer')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_swkafka_consumer-groups() {
    repeating_flags=()
    non_repeating_flags=(--list --describe --delete --reset-offsets --delete-offsets --all-groups --all-topics --offsets --members --verbose --dry-run --execute --export --to-earliest --to-latest --to-current --summary --log-start-offset --version -h --help)
    repeating_options=(--group --topic)
    non_repeating_options=(--bootstrap-server --command-config --state --type --timeout --to-offset --from-file --to-datetime --by-duration --shift-by --format)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--bootstrap-server')
        return
        ;;
    '--command-config')
        return
        ;;
    '--group')
        return
        ;;
    '--topic')
        return
        ;;
    '--state')
        return
        ;;
    '--type')
        return
        ;;
    '--timeout')
        return
        ;;
    '--to-offset')
        return
        ;;
    '--from-file')
        return
        ;;
    '--to-datetime')
        return
        ;;
    '--by-duration')
        return
        ;;
    '--shift-by')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_swkafka_producer-perf-test() {
    repeating_flags=()
    non_repeating_flags=(--payload-monotonic --print-metrics --version -h --help)
    repeating_options=(--producer-props --command-property)
    non_repeating_options=(--topic --num-records --record-size --payload-file --payload-delimiter --throughput --bootstrap-server --producer.config --command-config --transactional-id --transaction-duration-ms --warmup-records --reporting-interval --format)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--topic')
        return
        ;;
    '--num-records')
        return
        ;;
    '--record-size')
        return
        ;;
    '--payload-file')
        return
        ;;
    '--payload-delimiter')
        return
        ;;
    '--throughput')
        return
        ;;
    '--bootstrap-server')
        return
        ;;
    '--producer-props')
        return
        ;;
    '--command-property')
        return
        ;;
    '--producer.config')
        return
        ;;
    '--command-config')
        return
        ;;
    '--transactional-id')
        return
        ;;
    '--transaction-duration-ms')
        return
        ;;
    '--warmup-records')
        return
        ;;
    '--reporting-interval')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_swkafka_consumer-perf-test() {
    repeating_flags=()
    non_repeating_flags=(--from-latest --print-metrics --show-detailed-stats --hide-header --version -h --help)
    repeating_options=(--command-property)
    non_repeating_options=(--bootstrap-server --topic --include --group --messages --fetch-size --socket-buffer-size --consumer.config --command-config --timeout --reporting-interval --date-format --format)
    __swkafka_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--bootstrap-server')
        return
        ;;
    '--topic')
        return
        ;;
    '--include')
        return
        ;;
    '--group')
        return
        ;;
    '--messages')
        return
        ;;
    '--fetch-size')
        return
        ;;
    '--socket-buffer-size')
        return
        ;;
    '--consumer.config')
        return
        ;;
    '--command-config')
        return
        ;;
    '--command-property')
        return
        ;;
    '--timeout')
        return
        ;;
    '--reporting-interval')
        return
        ;;
    '--date-format')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_swkafka_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __swkafka_offer_flags_options -1
}

complete -o filenames -F _swkafka swkafka
