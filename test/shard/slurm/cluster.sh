#!/usr/bin/env bash
# A throwaway single-node Slurm cluster on 127.0.0.1 for the sharded-run test (Debian's
# slurm-wlm + munge; run as root; no cgroup plugins). Everything lives under DIR.
#   cluster.sh start DIR   writes DIR/slurm.conf, starts munged, slurmctld and slurmd, waits for an idle node
#   cluster.sh stop DIR    stops the three daemons (by their pid files)
set -euo pipefail
export PATH=/usr/sbin:/sbin:$PATH
cmd=$1
dir=$(realpath "$2")
conf=$dir/slurm.conf

stop() {
  for pid in "$dir"/slurmd.pid "$dir"/slurmctld.pid "$dir"/munged.pid; do
    [ -s "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  # Give them a moment, then make sure.
  for _ in $(seq 1 50); do
    alive=0
    for pid in "$dir"/slurmd.pid "$dir"/slurmctld.pid "$dir"/munged.pid; do
      [ -s "$pid" ] && kill -0 "$(cat "$pid")" 2>/dev/null && alive=1
    done
    [ $alive = 0 ] && return 0
    sleep 0.1
  done
  for pid in "$dir"/slurmd.pid "$dir"/slurmctld.pid "$dir"/munged.pid; do
    [ -s "$pid" ] && kill -9 "$(cat "$pid")" 2>/dev/null || true
  done
}

if [ "$cmd" = stop ]; then stop; exit 0; fi
[ "$cmd" = start ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
chmod 700 "$dir/munge"
# munge: a fresh key and a private socket, so a system munged (if any) is not involved.
dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$dir/munge/munge.key"
munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
  --pid-file="$dir/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed"

host=$(uname -n)
host=${host%%.*}
# Free ports for slurmctld and slurmd (a test run must not collide with a real cluster).
ports=$(node -e "const n=require('net');const p=[];let k=2;for(let i=0;i<2;i++){const s=n.createServer().listen(0,'127.0.0.1',()=>{p.push(s.address().port);s.close();if(--k===0)console.log(p.join(' '))})}")
read -r ctld_port d_port <<<"$ports"
cat >"$conf" <<CONF
ClusterName=piiscan-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$d_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
SlurmdTimeout=30
InactiveLimit=0
KillWait=2
MinJobAge=300
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=NO
CONF
export SLURM_CONF=$conf
slurmctld -f "$conf" -i
slurmd -f "$conf"
for _ in $(seq 1 100); do
  if sinfo -h -o '%t' 2>/dev/null | grep -qx idle; then echo "slurm up: $conf"; exit 0; fi
  sleep 0.2
done
echo "slurm did not come up; logs:" >&2
tail -n 30 "$dir"/slurmctld.log "$dir"/slurmd.log >&2 || true
stop
exit 1
