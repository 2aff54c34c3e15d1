# Pamphlet: `make run` opens the reader, `make test` runs every test.
# Both install missing system packages first, so a fresh machine needs nothing else.

PREFIX     ?= /usr/local
BINDIR     := $(PREFIX)/bin
SHAREDIR   := $(PREFIX)/share/pamphlet
MANDIR     := $(PREFIX)/share/man/man1
SWIFT      ?= swift
RELEASE    := $(SWIFT) build -c release --static-swift-stdlib
BIN_RELEASE = $$($(RELEASE) --show-bin-path)/pamphlet

.PHONY: run test build release deps install uninstall bench fuzz clean

deps:
	@./.ci/install-system-packages

build: deps
	$(SWIFT) build

release: deps
	$(RELEASE)

run: release
	@$(BIN_RELEASE) --library Articles $(ARGS)

# Unit and golden-frame tests, then the end-to-end tests that drive the
# release binary inside tmux.
test: release
	PAMPHLET_BIN=$(BIN_RELEASE) $(SWIFT) test

install: release
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/Articles $(DESTDIR)$(MANDIR)
	install -m 0755 $(BIN_RELEASE) $(DESTDIR)$(BINDIR)/pamphlet
	install -m 0644 Articles/*.md $(DESTDIR)$(SHAREDIR)/Articles/
	@if [ -f Articles/lexicon.txt ]; then install -m 0644 Articles/lexicon.txt $(DESTDIR)$(SHAREDIR)/Articles/; fi
	@if [ -f docs/pamphlet.1 ]; then install -m 0644 docs/pamphlet.1 $(DESTDIR)$(MANDIR)/pamphlet.1; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pamphlet $(DESTDIR)$(MANDIR)/pamphlet.1
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf .build
