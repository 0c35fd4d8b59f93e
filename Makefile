# Storecast. `make run` builds and starts a server with demo content;
# `make test` runs every check CI runs. Needs Go; browser tests need Chromium.

GO      ?= go
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
BIN     := $(CURDIR)/bin
export PATH := $(BIN):$(PATH)

.PHONY: all build wasm static wasmmod run test vet unit wasmtest e2e fuzz bench clean tools screenshots

# Every wasm build, vet and test runs $(WASMGO), so what is vetted and
# tested is the module graph that ships: go.mod with the copies of go-app
# and go-i18n that tools/wasmmod writes (docs/wasm.md says why and how to
# update them). Its tests fail if a line here sets GOOS or GOARCH without
# $(WASMGO), or a target runs $(WASMGO) without depending on wasmmod.
WASMMOD := bin/wasm-module/wasm.mod
WASMGO  := GOOS=js GOARCH=wasm GOFLAGS=-modfile=$(WASMMOD) $(GO)

all: build

build: wasm static
	$(GO) build -trimpath -ldflags="-s -w -X storecast/server/command.Version=$(VERSION)" -o storecast .

# The wasm is rebuilt by go (cached), but only replaced when its bytes
# change, and recompressed only when the .br/.gz are older than it: brotli
# at quality 11 takes a minute.
#
# Two programs: app.wasm for shoppers' screens, console.wasm (-tags
# console) for the staff console, so screens never download the console.
wasm: wasmmod
	$(WASMGO) build -trimpath -ldflags="-s -w" -o web/app.wasm.new .
	$(WASMGO) build -tags console -trimpath -ldflags="-s -w" -o web/console.wasm.new .
	@for w in app console; do \
		if cmp -s web/$$w.wasm.new web/$$w.wasm; then rm web/$$w.wasm.new; else mv web/$$w.wasm.new web/$$w.wasm; fi; \
		if [ web/$$w.wasm.br -nt web/$$w.wasm ] && [ web/$$w.wasm.gz -nt web/$$w.wasm ]; then :; else \
			$(GO) run ./tools/compress web/$$w.wasm || exit 1; \
		fi; \
	done

# The style sheets and scripts under web/, compressed like the wasm (the
# server sends the .br or .gz the browser accepts) when they changed.
static:
	@changed=$$(for f in web/*.css web/*.js; do \
		[ $$f.br -nt $$f ] && [ $$f.gz -nt $$f ] || echo $$f; done); \
	if [ -n "$$changed" ]; then $(GO) run ./tools/compress $$changed; fi

# The copies of go-app and go-i18n without what the browser never runs
# (net/http, text/template), and $(WASMMOD) pointing at them.
wasmmod:
	$(GO) run ./tools/wasmmod -out $(dir $(WASMMOD))

run: build
	./storecast serve

# make test runs these steps one after another, each a target of its own
# too (-o build: the steps after build do not build again), and prints how
# long each took and the wall time, also when a step fails, so a CI log
# says where the time went. docs/bench.md ("make test") has a reading.
TEST_STEPS := build vet unit wasmtest e2e fuzz

test:
	@t0=$$(date +%s); load=$$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); times=$$(mktemp); status=0; \
	for step in $(TEST_STEPS); do \
		t=$$(date +%s); \
		$(MAKE) --no-print-directory $$([ $$step = build ] || echo -o build) $$step || status=$$?; \
		printf '  %-9s %5d s\n' $$step $$(( $$(date +%s) - t )) >> $$times; \
		if [ $$status -ne 0 ]; then echo "  ($$step failed)" >> $$times; break; fi; \
	done; \
	printf '\nmake test: time per step (load average at the start: %s)\n' "$$load"; cat $$times; \
	printf '  %-9s %5d s\n' total $$(( $$(date +%s) - t0 )); rm -f $$times; \
	exit $$status

# The checks below build with -trimpath, as build does: the go command
# then reuses the packages build compiled (the standard library, SQLite,
# go-app) instead of compiling them again with other paths. Only the race
# detector needs its own.
vet: wasmmod
	$(GO) vet -trimpath ./...
	$(WASMGO) vet -trimpath ./app/... ./locales/...
	$(WASMGO) vet -trimpath . && $(WASMGO) vet -trimpath -tags console .

# Server tests run with the race detector, and so do the app packages
# whose tests start goroutines (app/live's feed, app/proof's uploader);
# the other app tests are single-goroutine logic, run without it (app/qr's
# ZXing decodes take half a minute under -race, a second without).
RACE_PKGS := ./server/... ./app/live/ ./app/proof/

# The chain test runs a JetStream cluster and two stores in process; under
# -race it sends a fifth of its 200 changes, so it runs once more at full
# scale without.
unit:
	$(GO) test -race -count=1 $(RACE_PKGS)
	$(GO) test -trimpath -count=1 -run '^TestChain' ./server/chain/
	$(GO) test -trimpath -count=1 ./app/... ./locales/... ./tools/... ./bench/...

# wasm tests run in headless Chromium through wasmbrowsertest, installed
# here as go_js_wasm_exec.
tools: $(BIN)/go_js_wasm_exec

$(BIN)/go_js_wasm_exec:
	mkdir -p $(BIN)
	GOBIN=$(BIN) $(GO) install github.com/agnivade/wasmbrowsertest@v0.11.0
	mv $(BIN)/wasmbrowsertest $(BIN)/go_js_wasm_exec

wasmtest: tools wasmmod
	$(WASMGO) test -trimpath -count=1 ./app/...

# The e2e tests run four at a time, each test's tabs in browser contexts of
# their own in one Chromium: on 2 cores more than four gained nothing
# (docs/bench.md, "make test"). Each test fails by itself at its own
# deadline (e2e/harness, Kit.TestTimeout); -timeout is the last resort.
# E2EFLAGS=-v prints each test's time.
e2e: build
	$(GO) test -trimpath -count=1 -parallel 4 -timeout 20m $(E2EFLAGS) ./e2e/...

# A short run of every fuzz target, after their seed corpora ran in unit.
# Counts, not durations: a timed run can end in "context deadline
# exceeded" on a loaded machine without having found anything. 100,000
# inputs each take about 4 s; the step's other minute is compiling the
# instrumented test binaries (docs/bench.md, "make test"). Longer runs:
# make fuzz FUZZCOUNT=1000000x.
FUZZCOUNT ?= 100000x

fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeEnvelope$$' -fuzztime $(FUZZCOUNT) ./app/content/
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeHello$$' -fuzztime $(FUZZCOUNT) ./app/content/
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeStatus$$' -fuzztime $(FUZZCOUNT) ./app/content/
	$(GO) test -run '^$$' -fuzz '^FuzzSave$$' -fuzztime 2000x ./server/media/
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZCOUNT) ./server/coupon/
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeJSON$$' -fuzztime $(FUZZCOUNT) ./server/api/
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeBatch$$' -fuzztime $(FUZZCOUNT) ./server/product/

# Pictures of every kiosk screen in every mode, portrait and landscape,
# every console view and every signage template and layout, into
# docs/screenshots
# (headless Chromium; install fonts-noto-cjk so Chinese renders).
screenshots: build
	$(GO) test -count=1 -run '^(Test(Kiosk|Console|SignageTemplate)Screenshots|TestSignageLayoutsAndCouponQR|TestPhoneMemberCard)$$' ./e2e/ -args -update

# Benchmarks and load tests against the real binary, one table; a few
# minutes. Pass flags through, e.g. make bench BENCHFLAGS='-only fanout'.
#
# Start-up is measured against a floor: bench/floor, one go-app page whose
# wasm is built as app.wasm is (same module graph, flags, compression; its
# server is server/pwa, as storecast's). Its wasm is replaced and
# recompressed only when its bytes change, as in wasm.
FLOOR := bench/out/floor

bench: build wasmmod
	@mkdir -p $(FLOOR)
	$(WASMGO) build -trimpath -ldflags="-s -w" -o $(FLOOR)/app.wasm.new ./bench/floor
	@if cmp -s $(FLOOR)/app.wasm.new $(FLOOR)/app.wasm; then rm $(FLOOR)/app.wasm.new; else mv $(FLOOR)/app.wasm.new $(FLOOR)/app.wasm; fi; \
	if [ $(FLOOR)/app.wasm.br -nt $(FLOOR)/app.wasm ] && [ $(FLOOR)/app.wasm.gz -nt $(FLOOR)/app.wasm ]; then :; else \
		$(GO) run ./tools/compress $(FLOOR)/app.wasm || exit 1; \
	fi
	$(GO) build -trimpath -o $(FLOOR)/floor ./bench/floor
	$(GO) run ./bench -floor $(FLOOR) $(BENCHFLAGS)

clean:
	rm -rf storecast bin web/app.wasm web/app.wasm.br web/app.wasm.gz web/app.wasm.new web/app.wasm.sha256 \
		web/console.wasm web/console.wasm.br web/console.wasm.gz web/console.wasm.new web/console.wasm.sha256
