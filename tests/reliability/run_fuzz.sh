#!/usr/bin/env bash
# `make fuzz`: RUNS executions of the atheris harness (tests/reliability/fuzz_open.py), split over
# JOBS processes (one per core), sharing one corpus. Prints each process's final statistics and the
# total; any crashing or hanging input is kept in DIR/artifacts/ and fails the run.
# Usage: tests/reliability/run_fuzz.sh PYTHON RUNS JOBS DIR
set -euo pipefail
python=$1 runs=$2 jobs=$3 dir=$4
mkdir -p "$dir/corpus" "$dir/artifacts"
# Write the seed corpus (the test kit in each input form) and run it once.
"$python" -m tests.reliability.fuzz_open --seed-corpus "$dir/seeds" -runs=0 "$dir/seeds" >"$dir/seeds.log" 2>&1
started=$(date +%s)
pids=()
for job in $(seq "$jobs"); do
    "$python" -m tests.reliability.fuzz_open -runs=$((runs / jobs)) -seed="$job" -timeout=1 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "$dir/corpus" "$dir/seeds" >"$dir/job-$job.log" 2>&1 &
    pids+=("$!")
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
for job in $(seq "$jobs"); do
    echo "--- fuzzing process $job ($dir/job-$job.log)"
    grep -aE "^Done|^stat::|ERROR|Uncaught|^[A-Za-z]*(Error|Exception)" "$dir/job-$job.log" || true
done
total=$(grep -ah "^stat::number_of_executed_units" "$dir"/job-*.log | awk '{sum += $2} END {print sum + 0}')
found=$(find "$dir/artifacts" -type f | wc -l)
echo "fuzz: $total executions in $jobs processes, $(($(date +%s) - started)) s; $found crashing or hanging input(s) in $dir/artifacts/"
exit "$status"
