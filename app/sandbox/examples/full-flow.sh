#!/usr/bin/env bash
# full-flow.sh — a whole QI Tech trade_receivables flow, end to end, against a local cessio-sandbox.
#
# It plays both sides with the real programs: the assignor (cessio-cli assignor ...) creates batches,
# inserts CCB assets, uploads their documents and closes; the sandbox moves them on with
# POST /_sandbox/tick; the fund manager (cessio-cli inbox/show/assets/accounts/remove-assets/
# approve/deny/term) decides. It also provokes the documented errors and checks each QI code.
# Every step prints "ok  ..." or "FAIL ..."; the last line is "N passed, N failed" and the exit
# status is non-zero when anything failed. Use it as a test, or read it as a recipe.
#
# Usage:  full-flow.sh [CESSIO_CLI [CESSIO_SANDBOX]]
#   The programs: the arguments, else $CESSIO_BIN_DIR/cessio-cli and $CESSIO_BIN_DIR/cessio-sandbox
#   (CESSIO_BIN_DIR may also hold two directories separated by ':'), else the ones on PATH.
#   VERBOSE=1 prints every command's output.
# Needs: bash, openssl (P-521 keys), curl (the unsigned /_sandbox/ control endpoints), GNU or BSD date.
#
# Nothing outside a temporary directory is touched: credentials go on the command line (never a
# saved profile or the keychain), the decision record is $work/audit.log (CESSIO_AUDIT_LOG), and the
# XDG folders point into $work. The sandbox is killed on exit.

set -uo pipefail

# ---- the programs ------------------------------------------------------------------------------

find_program() { # NAME [EXPLICIT]: prints the path or nothing
    local name=$1 explicit=${2:-} dir
    if [[ -n $explicit ]]; then
        echo "$explicit"
        return
    fi
    local IFS=:
    for dir in ${CESSIO_BIN_DIR:-}; do
        if [[ -x $dir/$name ]]; then
            echo "$dir/$name"
            return
        fi
    done
    command -v "$name" || true
}
CLI=$(find_program cessio-cli "${1:-}")
SANDBOX=$(find_program cessio-sandbox "${2:-}")
for tool in "$CLI" "$SANDBOX" openssl curl; do
    if [[ -z $tool ]] || ! command -v "$tool" >/dev/null; then
        echo "full-flow.sh: missing program (cessio-cli, cessio-sandbox, openssl and curl are needed): ${tool:-?}" >&2
        exit 2
    fi
done

# ---- a private working directory, cleaned up with the sandbox ---------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/cessio-full-flow.XXXXXX")
sandbox_pid=
cleanup() {
    if [[ -n $sandbox_pid ]]; then
        kill "$sandbox_pid" 2>/dev/null
        wait "$sandbox_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export CESSIO_AUDIT_LOG=$work/audit.log
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
# Only the flags below say where and as whom: no environment left over from the caller.
unset CESSIO_BASE_URL CESSIO_CLIENT_KEY CESSIO_PRIVATE_KEY_FILE CESSIO_FUND

# ---- reporting ---------------------------------------------------------------------------------

passed=0
failed=0
ok() {
    echo "ok   $*"
    passed=$((passed + 1))
}
fail() {
    echo "FAIL $*"
    failed=$((failed + 1))
}
show_output() { # indents the last command's output (always for the manager's views, else with VERBOSE=1)
    [[ -n $OUT ]] && sed 's/^/       | /' <<<"$OUT"
    [[ -n $ERR ]] && sed 's/^/       ! /' <<<"$ERR"
    return 0
}

# ---- dates -------------------------------------------------------------------------------------

day_offset() { # N: today + N days, YYYY-MM-DD (GNU date, else BSD date)
    date -d "+$1 days" +%F 2>/dev/null || date -v "+$1d" +%F
}
TODAY=$(date +%F)

# ---- keys and the fixture ----------------------------------------------------------------------
# Four API clients, each with its own P-521 key pair; the sandbox gets the public halves.

FUND=fund-full-flow
ASSIGNOR=assignor-full-flow
CFG_AUTO=cfg-ccb-auto     # CCB, consultant decision automatic
CFG_MANUAL=cfg-ccb-manual # CCB, a consultant approves first
ACCOUNT_DEFAULT=account-default
ACCOUNT_OTHER=account-other

client_key() {
    case $1 in
    manager) echo 11111111-1111-4111-8111-111111111111 ;;
    manager_ro) echo 22222222-2222-4222-8222-222222222222 ;;
    assignor) echo 33333333-3333-4333-8333-333333333333 ;;
    consultant) echo 44444444-4444-4444-8444-444444444444 ;;
    esac
}

mkdir -p "$work/keys"
for who in manager manager_ro assignor consultant stranger; do
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -out "$work/keys/$who.pem" 2>/dev/null \
        && openssl pkey -in "$work/keys/$who.pem" -pubout -out "$work/keys/$who.pub.pem" 2>/dev/null \
        || { echo "full-flow.sh: openssl could not make a P-521 key" >&2; exit 2; }
done
pem_json() { # the PEM file as a JSON string body (newlines escaped)
    awk '{printf "%s\\n", $0}' "$work/keys/$1.pub.pem"
}

fixture=$work/fixture.json
cat >"$fixture" <<EOF
{
  "funds": [{
    "fund_class_key": "$FUND", "name": "Full Flow FIDC", "document_number": "12.345.678/0001-95",
    "accounting_date": "$TODAY",
    "manager": {"manager_key": "manager-full-flow", "document_number": "11.222.333/0001-81",
                "manager_name": "Example Manager S.A."}}],
  "assignors": [{
    "assignor_key": "$ASSIGNOR", "document_number": "98.765.432/0001-98", "name": "Example Assignor Ltda",
    "accounts": [
      {"account_key": "$ACCOUNT_DEFAULT", "account_type": "checking_account", "account_branch": "0001",
       "account_number": "12345", "account_digit": "6", "financial_institution_code": "341",
       "financial_institution_ispb": "60701190", "default_account": true, "status": "active"},
      {"account_key": "$ACCOUNT_OTHER", "account_type": "checking_account", "account_branch": "0002",
       "account_number": "67890", "account_digit": "1", "financial_institution_code": "237",
       "financial_institution_ispb": "60746948", "default_account": false, "status": "active"}]}],
  "assignment_configurations": [
    {"assignment_configuration_key": "$CFG_AUTO", "fund_class_key": "$FUND", "assignor_key": "$ASSIGNOR",
     "assignment_configuration_name": "CCB (automatic)", "asset_type": "ccb",
     "consultant_decision_type": "automatic_approval", "active": true},
    {"assignment_configuration_key": "$CFG_MANUAL", "fund_class_key": "$FUND", "assignor_key": "$ASSIGNOR",
     "assignment_configuration_name": "CCB (consultant approves)", "asset_type": "ccb",
     "consultant_decision_type": "manual_approval", "active": true,
     "consultant": {"consultant_key": "consultant-full-flow", "document_number": "55.666.777/0001-81",
                    "name": "Example Consulting Ltda"}}],
  "clients": [
    {"api_client_key": "$(client_key manager)", "public_key_pem": "$(pem_json manager)",
     "profile": "manager", "permission": "write", "user": "manager@example.com"},
    {"api_client_key": "$(client_key manager_ro)", "public_key_pem": "$(pem_json manager_ro)",
     "profile": "manager", "permission": "read", "user": "viewer@example.com"},
    {"api_client_key": "$(client_key assignor)", "public_key_pem": "$(pem_json assignor)",
     "profile": "assignor", "permission": "write", "agent_key": "$ASSIGNOR"},
    {"api_client_key": "$(client_key consultant)", "public_key_pem": "$(pem_json consultant)",
     "profile": "consultant", "permission": "write", "agent_key": "consultant-full-flow"}]
}
EOF

# ---- the sandbox -------------------------------------------------------------------------------
# Port 0: it picks a free port and says which on its first line. Step delay 0: nothing moves until
# we POST /_sandbox/tick, so every status can be observed.

"$SANDBOX" --fixture "$fixture" --port 0 --step-delay-ms 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
BASE=
for _ in $(seq 100); do
    BASE=$(sed -n 's/^listening on \(http:\/\/[^ ]*\).*/\1/p' "$work/sandbox.out" | head -n 1)
    [[ -n $BASE ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ -z $BASE ]]; then
    echo "FAIL the sandbox did not start:" >&2
    cat "$work/sandbox.err" >&2
    exit 1
fi
ok "sandbox listening on $BASE"

tick() { # N ticks (default 1)
    local i
    for ((i = 0; i < ${1:-1}; i++)); do
        curl -fsS -X POST "$BASE/_sandbox/tick" >/dev/null || fail "POST /_sandbox/tick"
    done
}

# ---- running cessio-cli ------------------------------------------------------------------------
# cli WHO ARGS...: runs cessio-cli as that client; sets OUT, ERR and RC. WHO=stranger uses the
# assignor's client key with a key the sandbox does not know (a badly signed request).

OUT= ERR= RC=0
cli() {
    local who=$1 key
    shift
    key=$(client_key "$who")
    [[ $who == stranger ]] && key=$(client_key assignor)
    OUT=$("$CLI" --base-url "$BASE" --client-key "$key" --private-key "$work/keys/$who.pem" --fund "$FUND" \
        --lang en "$@" 2>"$work/stderr")
    RC=$?
    ERR=$(cat "$work/stderr")
    [[ ${VERBOSE:-0} == 1 ]] && show_output
    return 0
}

expect_ok() { # DESCRIPTION: the last command exited 0
    if [[ $RC == 0 ]]; then ok "$1"; else
        fail "$1 (exit $RC)"
        show_output
    fi
}
expect_error() { # DESCRIPTION EXIT CODE: the last command exited EXIT and named the QI CODE
    if [[ $RC == "$2" ]] && grep -q "$3" <<<"$OUT$ERR"; then ok "$1: exit $RC, $3"; else
        fail "$1: expected exit $2 and $3, got exit $RC"
        show_output
    fi
}

expect_refused() { # DESCRIPTION: the last decision was refused by the workspace, before anything was sent
    if [[ $RC == 1 ]] && grep -q "Not sent: .* already approved this batch" <<<"$OUT$ERR"; then ok "$1: refused, nothing sent"; else
        fail "$1: expected exit 1 and the workspace's refusal, got exit $RC"
        show_output
    fi
}

batch_status() { # EXT CFG: prints the batch status as `cessio-cli show` reads it
    cli manager show "$1" --config "$2"
    sed -n 's/^Status .*(\([a-z_]*\))$/\1/p' <<<"$OUT" | head -n 1
}
asset_status() { # EXT CFG ASSET_EXT: the asset's status, from `cessio-cli assets --json`
    cli manager assets "$1" --config "$2" --json
    awk -v id="\"$3\"" '$1 == "\"external_id\":" && $2 ~ id { found = 1 }
        found && $1 == "\"status\":" { gsub(/[",]/, "", $2); print $2; exit }' <<<"$OUT"
}
expect_status() { # DESCRIPTION EXT CFG STATUS
    local status
    status=$(batch_status "$2" "$3")
    if [[ $status == "$4" ]]; then ok "$1: $4"; else fail "$1: expected $4, got ${status:-?}"; fi
}
expect_asset() { # DESCRIPTION EXT CFG ASSET_EXT STATUS
    local status
    status=$(asset_status "$2" "$3" "$4")
    if [[ $status == "$5" ]]; then ok "$1: $4 is $5"; else fail "$1: expected $4 $5, got ${status:-?}"; fi
}
tick_to() { # EXT CFG STATUS...: one tick per expected status, each checked with `show`
    local ext=$1 cfg=$2 status
    shift 2
    for status in "$@"; do
        tick
        expect_status "tick: batch $ext" "$ext" "$cfg" "$status"
    done
}

# ---- the assets the assignor sends -------------------------------------------------------------
# A CCB as reference §5.5.1 shows it. BORROWER is the borrower's CPF: one with wrong check digits is
# denied by eligibility. Maturities after the accounting date; purchase value below the face value.

M1=$(day_offset 30)
M2=$(day_offset 60)
asset_file() { # EXT BORROWER_CPF PURCHASE: writes $work/EXT.json
    cat >"$work/$1.json" <<EOF
{ "asset_type": "ccb",
  "total_purchase_value": $3,
  "premiums": [ { "premium_type": "spread", "total_value": 13.38 } ],
  "credit_operation": {
    "external_id": "$1", "originator_document_number": "11.222.333/0001-81",
    "contract": { "number": "$1/NBF", "disbursement_date": "$TODAY", "issue_date": "$TODAY",
                  "signature_date": "$TODAY", "issue_value": 1500.00 },
    "amortization_type": "sac", "principal_value": 1500.00, "interest_rate_type": "pre_fixed",
    "pre_fixed": { "calendar_base": "calendar_365", "monthly_rate": 0.018 },
    "installments": [ { "maturity_date": "$M1", "installment_number": 1, "face_value": 800.00 },
                      { "maturity_date": "$M2", "installment_number": 2, "face_value": 800.00 } ],
    "borrower": { "name": "Maria da Silva", "document_number": "$2", "person_type": "natural_person",
                  "email": "maria@example.com",
                  "natural_person": { "mother_name": "Ana da Silva", "birthdate": "1980-01-01" } } } }
EOF
    echo "$work/$1.json"
}
GOOD_CPF=529.982.247-25
BAD_CPF=529.982.247-26

# The smallest document a PDF reader accepts (the sandbox checks the %PDF- header).
pdf=$work/ccb.pdf
printf '%s\n' '%PDF-1.4' '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj' \
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj' '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj' \
    'trailer<</Root 1 0 R>>' '%%EOF' >"$pdf"

insert() { # EXT CFG ASSET_EXT CPF PURCHASE: the assignor inserts one CCB
    cli assignor assignor insert-asset "$1" --config "$2" "$(asset_file "$3" "$4" "$5")"
    if [[ $RC == 0 ]] && grep -q pending_eligibility <<<"$OUT"; then ok "assignor inserts $3 into $1: pending_eligibility"; else
        fail "assignor inserts $3 into $1 (exit $RC)"
        show_output
    fi
}
upload() { # EXT CFG ASSET_EXT
    cli assignor assignor upload-document "$1" --config "$2" "$3" ccb "$pdf"
    expect_ok "assignor uploads the CCB of $3"
}
create() { # EXT CFG
    cli assignor assignor create-batch "$1" --config "$2"
    if [[ $RC == 0 ]] && grep -q pending_assets_insertion <<<"$OUT"; then ok "assignor creates batch $1: pending_assets_insertion"; else
        fail "assignor creates batch $1 (exit $RC)"
        show_output
    fi
}
close_batch() { # EXT CFG
    cli assignor assignor close "$1" --config "$2"
    if [[ $RC == 0 ]] && grep -q completed_assets_insertion <<<"$OUT"; then ok "assignor closes $1: completed_assets_insertion"; else
        fail "assignor closes $1 (exit $RC)"
        show_output
    fi
}

RUN=$(date +%s)
B1=ff-$RUN-1 # approved, with one asset removed, through to completed
B2=ff-$RUN-2 # denied by the manager
B3=ff-$RUN-3 # the consultant approves first
B4=ff-$RUN-4 # closed empty

echo "== 1. assignor: batch $B1 with four CCBs, one with a bad CPF"
create "$B1" "$CFG_AUTO"
cli assignor assignor create-batch "$B1" --config "$CFG_AUTO"
expect_error "duplicate external id" 1 TRC000041
insert "$B1" "$CFG_AUTO" "$B1-a1" "$GOOD_CPF" 700.00
insert "$B1" "$CFG_AUTO" "$B1-a2" "$GOOD_CPF" 650.50
insert "$B1" "$CFG_AUTO" "$B1-a3" "$GOOD_CPF" 500.00
insert "$B1" "$CFG_AUTO" "$B1-bad" "$BAD_CPF" 400.00
upload "$B1" "$CFG_AUTO" "$B1-a1"
upload "$B1" "$CFG_AUTO" "$B1-a3"
close_batch "$B1" "$CFG_AUTO"

echo "== 2. the sandbox checks eligibility"
tick
expect_status "tick: batch $B1" "$B1" "$CFG_AUTO" pending_eligibility
expect_asset "eligibility" "$B1" "$CFG_AUTO" "$B1-bad" denied
expect_asset "eligibility" "$B1" "$CFG_AUTO" "$B1-a1" pre_approved
expect_asset "documents missing" "$B1" "$CFG_AUTO" "$B1-a2" pending_documentation
upload "$B1" "$CFG_AUTO" "$B1-a2"
tick
expect_asset "document in" "$B1" "$CFG_AUTO" "$B1-a2" pre_approved
tick
expect_status "tick: batch $B1" "$B1" "$CFG_AUTO" pending_manager_approval

echo "== 3. manager: inbox, show, assets, accounts; removes $B1-a3"
cli manager inbox
grep -q "$B1" <<<"$OUT" && [[ $RC == 0 ]] && ok "inbox lists $B1" || fail "inbox lists $B1 (exit $RC)"
show_output
cli manager show "$B1" --config "$CFG_AUTO"
expect_ok "show $B1"
show_output
cli manager assets "$B1" --config "$CFG_AUTO"
expect_ok "assets $B1"
show_output
cli manager accounts "$B1" --config "$CFG_AUTO"
grep -q "$ACCOUNT_OTHER" <<<"$OUT" && [[ $RC == 0 ]] && ok "accounts of $B1 list both accounts" || fail "accounts $B1 (exit $RC)"
show_output
cli manager remove-assets "$B1" --config "$CFG_AUTO" "$B1-a3"
expect_ok "remove-assets $B1 $B1-a3"
expect_status "after the removal: batch $B1" "$B1" "$CFG_AUTO" completed_assets_insertion
expect_asset "removed" "$B1" "$CFG_AUTO" "$B1-a3" denied
tick_to "$B1" "$CFG_AUTO" pending_eligibility pending_manager_approval

echo "== 4. errors the manager and the assignor can meet"
cli manager_ro approve "$B1" --config "$CFG_AUTO" --yes
expect_error "read-only manager approves" 4 MIT000017
cli stranger show "$B1" --config "$CFG_AUTO"
expect_error "request signed with a wrong key" 4 GDF900001
cli assignor assignor create-batch "ff-$RUN-date" --config "$CFG_AUTO" --date "$(day_offset 1)"
expect_error "assignment date is not the accounting date" 1 TRC000083
cli assignor assignor create-batch "ff-$RUN-cfg" --config cfg-does-not-exist
expect_error "unknown configuration" 1 TRC000016
OUT=$("$CLI" --base-url "$BASE" --client-key "$(client_key assignor)" --private-key "$work/keys/assignor.pem" \
    --fund fund-does-not-exist --lang en assignor create-batch "ff-$RUN-fund" --config "$CFG_AUTO" 2>"$work/stderr")
RC=$?
ERR=$(cat "$work/stderr")
expect_error "unknown fund" 1 TRC000016
create "$B4" "$CFG_AUTO"
cli assignor assignor close "$B4" --config "$CFG_AUTO"
expect_error "closing an empty batch" 1 TRC000042

echo "== 5. manager approves $B1 to the other account; the sandbox settles it"
cli manager approve "$B1" --config "$CFG_AUTO" --yes --account "$ACCOUNT_OTHER"
expect_ok "approve $B1 --account $ACCOUNT_OTHER"
expect_status "after the approval: batch $B1" "$B1" "$CFG_AUTO" approved
tick_to "$B1" "$CFG_AUTO" pending_assignment_term_signature pending_payment pending_assets_wallet_inclusion completed
expect_asset "settled" "$B1" "$CFG_AUTO" "$B1-a1" completed
cli manager term "$B1" --config "$CFG_AUTO"
grep -q "_sandbox/terms/.*-signed.html" <<<"$OUT" && [[ $RC == 0 ]] && ok "term $B1: signed term link" \
    || fail "term $B1 (exit $RC)"
show_output
cli manager approve "$B1" --config "$CFG_AUTO" --yes
expect_refused "approving twice"

echo "== 6. batch $B2: the manager denies it"
create "$B2" "$CFG_AUTO"
insert "$B2" "$CFG_AUTO" "$B2-a1" "$GOOD_CPF" 700.00
upload "$B2" "$CFG_AUTO" "$B2-a1"
close_batch "$B2" "$CFG_AUTO"
tick_to "$B2" "$CFG_AUTO" pending_eligibility pending_manager_approval
cli manager deny "$B2" --config "$CFG_AUTO" --yes --reason "Concentration limit reached"
expect_ok "deny $B2"
expect_status "after the denial: batch $B2" "$B2" "$CFG_AUTO" denied
expect_asset "denied batch" "$B2" "$CFG_AUTO" "$B2-a1" discarded

echo "== 7. batch $B3: the consultant approves, then the manager"
create "$B3" "$CFG_MANUAL"
insert "$B3" "$CFG_MANUAL" "$B3-a1" "$GOOD_CPF" 700.00
upload "$B3" "$CFG_MANUAL" "$B3-a1"
close_batch "$B3" "$CFG_MANUAL"
tick_to "$B3" "$CFG_MANUAL" pending_eligibility pending_consultant_approval
cli manager approve "$B3" --config "$CFG_MANUAL" --yes
expect_error "manager approves before the consultant" 1 TRC000024
cli consultant approve "$B3" --config "$CFG_MANUAL" --yes
expect_ok "consultant approves $B3"
expect_status "after the consultant: batch $B3" "$B3" "$CFG_MANUAL" pending_manager_approval
cli manager approve "$B3" --config "$CFG_MANUAL" --yes
expect_ok "manager approves $B3 (default account)"
tick_to "$B3" "$CFG_MANUAL" pending_assignment_term_signature pending_payment pending_assets_wallet_inclusion completed

echo
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
