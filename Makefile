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

.PHONY: run test build release deps manual install uninstall bench fuzz clean

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

# The man page is generated from the same command definitions as --help.
manual: deps
	mkdir -p $(MANUAL_DIR)
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --output-directory $(MANUAL_DIR)

# Installs the binary, the shipped articles (the library found when no other
# is given) and the man page: make install PREFIX=$$HOME/.local
install: release manual
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/Articles $(DESTDIR)$(MANDIR)
	install -m 0755 $(BIN_RELEASE) $(DESTDIR)$(BINDIR)/pamphlet
	install -m 0644 Articles/*.md Articles/*.txt $(DESTDIR)$(SHAREDIR)/Articles/
	install -m 0644 $(MANUAL_DIR)/pamphlet.1 $(DESTDIR)$(MANDIR)/pamphlet.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pamphlet $(DESTDIR)$(MANDIR)/pamphlet.1
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf .build
