# ddbviz: the commands a newcomer needs. `make help` lists them.
# Every target installs what is missing first (tools/setup.sh is quick when nothing is) and
# rebuilds only what changed.

PORT ?= 8080
JOBS ?= $(shell nproc)
NATIVE := build/native
WASM := build/wasm
ASAN := build/asan
FUZZ := build/fuzz
# Debian's emscripten runs node, which must find Debian's JS modules (acorn).
export NODE_PATH := /usr/share/nodejs
# Quieter recursive builds: no "Entering/Leaving directory" lines from the CMake-generated makefiles.
MAKEFLAGS += --no-print-directory

.PHONY: help setup web desktop test bench fuzz fuzz-build screenshots clean native wasm asan
.DEFAULT_GOAL := help

help: ## list the targets
	@echo "ddbviz: DynamoDB internals you can watch"
	@echo
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-12s %s\n", $$1, $$2}'
	@echo
	@echo "  PORT=$(PORT) (make web), JOBS=$(JOBS)"

setup: ## install missing dependencies (apt, ImGui sources, npm test packages)
	@tools/setup.sh

native: setup
	@cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release -DDDBVIZ_BUILD_VIZ=ON -DDDBVIZ_WASM_DIR=$(CURDIR)/$(WASM) \
	  -DDDBVIZ_ASAN_DIR=$(CURDIR)/$(ASAN) -DDDBVIZ_FUZZ_DIR=$(CURDIR)/$(FUZZ) > /dev/null
	@cmake --build $(NATIVE) -j $(JOBS)

wasm: setup
	@tools/check-tool.sh emcmake emscripten
	@emcmake cmake -S . -B $(WASM) -DCMAKE_BUILD_TYPE=Release -DDDBVIZ_BUILD_VIZ=ON > /dev/null
	@cmake --build $(WASM) -j $(JOBS)

asan: setup
	@cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
	  -DDDBVIZ_SANITIZE=ON -DDDBVIZ_BUILD_VIZ=OFF > /dev/null
	@cmake --build $(ASAN) -j $(JOBS)

web: wasm ## build the browser app and serve it on http://127.0.0.1:$(PORT)
	@tools/serve.sh $(WASM)/web $(PORT)

desktop: native ## open the desktop app (native window)
	@$(NATIVE)/viz/ddbviz

test: native wasm asan fuzz-build ## build natively, for wasm and with sanitizers, then run every test (CTest)
	@cd $(NATIVE) && ctest --output-on-failure -j $(JOBS)

fuzz-build: setup
	@cmake -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
	  -DDDBVIZ_FUZZ=ON -DDDBVIZ_BUILD_VIZ=OFF -DDDBVIZ_BUILD_TESTS=OFF > /dev/null
	@cmake --build $(FUZZ) -j $(JOBS)

fuzz: fuzz-build ## run the libFuzzer targets (FUZZ_SECONDS each, default 300; make test runs 60)
	@tools/run-fuzzers.sh $(FUZZ) $${FUZZ_SECONDS:-300}

bench: native wasm ## throughput benchmarks (native, wasm, ratio); frame times of the partition map and heat timeline
	@tools/bench.sh $(NATIVE) $(WASM)

screenshots: native wasm ## take screenshots of the desktop (Xvfb) and web (Chromium) apps into build/shots
	@tools/screenshots.sh $(NATIVE) $(WASM) build/shots

clean: ## remove build outputs (keeps fetched sources in .cache)
	rm -rf build
