#!/bin/sh
# Runs one shard of a conversion spread over several machines: the same
# command for every task of a Slurm array job or a Kubernetes Indexed Job.
#
#   AKN_INPUT   the dump (a directory every task sees: a shared file system)
#   AKN_OUT     the output directory (shared); each shard writes its own
#               report.shard-K-of-N.json, corpus and state in it
#   AKN_SHARDS  the number of shards (Slurm: taken from SLURM_ARRAY_TASK_COUNT)
#   AKN_BIN     the program (default: akn-ingest on PATH)
#   AKN_ARGS    further options, such as "--config /usr/local/etc/akn-ingest/pipeline.toml --format akn,txt,jsonl"
#   AKN_JOBS    worker processes (default: SLURM_CPUS_PER_TASK, else one per core)
#
# The shard index comes from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX.
# Exit status: that of akn-ingest, except that 1 (some documents failed: the
# report says which) counts as success, so the scheduler does not rerun a
# task that did all it could; set AKN_STRICT=1 to keep 1.
set -eu
: "${AKN_INPUT:?set AKN_INPUT to the input directory}"
: "${AKN_OUT:?set AKN_OUT to the output directory}"
index=${SLURM_ARRAY_TASK_ID:-${JOB_COMPLETION_INDEX:-}}
count=${AKN_SHARDS:-${SLURM_ARRAY_TASK_COUNT:-}}
if [ -z "$index" ] || [ -z "$count" ]; then
  echo "akn-shard.sh: no shard index (SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX) or count (AKN_SHARDS, SLURM_ARRAY_TASK_COUNT)" >&2
  exit 2
fi
# Slurm numbers array tasks from the --array range; the range must be 0-(N-1).
if [ -n "${SLURM_ARRAY_TASK_MIN:-}" ] && [ "${SLURM_ARRAY_TASK_MIN}" != 0 ]; then
  echo "akn-shard.sh: the array must start at 0 (--array=0-$((count - 1)))" >&2
  exit 2
fi
jobs=${AKN_JOBS:-${SLURM_CPUS_PER_TASK:-0}}
status=0
# shellcheck disable=SC2086  # AKN_ARGS is a list of options
"${AKN_BIN:-akn-ingest}" --out "$AKN_OUT" --shard "$index/$count" --jobs "$jobs" --log-format json \
  ${AKN_ARGS:-} "$AKN_INPUT" || status=$?
if [ "$status" = 1 ] && [ "${AKN_STRICT:-0}" != 1 ]; then
  echo "akn-shard.sh: shard $index/$count finished; some documents failed (see $AKN_OUT/report.shard-$index-of-$count.json)" >&2
  exit 0
fi
exit "$status"
