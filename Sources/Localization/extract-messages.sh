#!/usr/bin/env bash
# Writes the translators' template (pamphlet.pot) from every tr/trn/trc call in Sources.
# Debian's xgettext has no Swift parser; its C parser reads Swift's plain string
# literals correctly, and LocalizationCatalogTests fails on any call it could misread
# (interpolation, `+` between literals, \u{...} escapes).
# Usage: Sources/Localization/extract-messages.sh OUTPUT.pot   (run from the package root)
set -euo pipefail
output=${1:?usage: extract-messages.sh OUTPUT.pot}
find Sources -name '*.swift' | LC_ALL=C sort > "$output.files"
trap 'rm -f "$output.files"' EXIT
xgettext --language=C --from-code=UTF-8 --keyword= --keyword=tr --keyword=trn:1,2 --keyword=trc:1c,2 \
  --flag=tr:1:c-format --flag=trn:1:c-format --flag=trn:2:c-format --flag=trc:2:c-format \
  --add-comments=TRANSLATORS: --add-location=file --sort-by-file \
  --package-name=Pamphlet --msgid-bugs-address= --copyright-holder= \
  --files-from="$output.files" --output="$output" 2>&1 \
  | { grep -v -e 'unterminated string literal' -e 'unterminated character constant' \
      -e 'msgid-bugs-address' -e 'MSGID_BUGS_ADDRESS' -e 'Makevars' >&2 || true; }
