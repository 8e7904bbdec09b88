#!/usr/bin/env bash
# Mail Vigil never trained on: the test messages of five MIME parsers (MimeKit, Ruby's mail gem,
# php-mime-mail-parser, zbateson/mail-mime-parser, nodemailer/mailparser) and SpamAssassin's own
# legitimate test messages (t/data/nice), pinned to the commits
# measured in the README ("Legitimate mail from elsewhere"). Mostly ordinary and malformed legitimate
# mail, with a few spam samples the projects keep for parser edge cases. Needs git and the network;
# nothing is copied into this repository.
#
#   bash scripts/parser-corpora.sh [WORKDIR]      (default /tmp/vigil-parser-corpora)
#
# Prints how many messages each verdict got, and every message not judged clean.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/vigil-parser-corpora}"
mkdir -p "$work/mail"
# repository commit folder-prefix
while read -r repo commit dir prefix; do
  dest="$work/repos/${repo//\//+}"
  if [ ! -d "$dest/.git" ]; then
    # CORPORA_MIRROR=DIR reads local mirrors (DIR/<owner>+<name>/repo) instead of GitHub
    if [ -n "${CORPORA_MIRROR:-}" ]; then
      git clone -q --no-checkout "$CORPORA_MIRROR/${repo//\//+}/repo" "$dest"
    else
      git clone -q --filter=blob:none --no-checkout "https://github.com/$repo.git" "$dest"
    fi
  fi
  # file by file: a message the clone cannot read (a missing large blob) is skipped, not fatal
  git -C "$dest" ls-tree -r --name-only "$commit" -- "$dir" | while read -r f; do
    rel="${f#"$dir/"}"
    case "$rel" in .git* | */*/* | */.git* ) continue ;; esac
    name="$work/mail/$prefix-${rel//\//_}.eml"
    git -C "$dest" show "$commit:$f" > "$name" 2>/dev/null || rm -f "$name"
  done
done <<'EOF'
jstedfast/MimeKit cf6d38dd0a1a26b5145c10b35e971efc133e1fb3 UnitTests/TestData/messages mimekit
mikel/mail d645d7b5b7d03218b0bc8971ef041c991a63f5f7 spec/fixtures/emails mail
php-mime-mail-parser/php-mime-mail-parser 059dcc38fbfb559b0644e9c26c65a759b21801bc tests/mails php
zbateson/mail-mime-parser 3db681988a48fdffdba551dcc6b2f4c2da574540 tests/_data/emails zb
nodemailer/mailparser bb1881eb35c0d406c68c8613443827ccbad00065 test/fixtures mp
apache/spamassassin f7fe7b82a2db63ee1406d74d88ce564b69881954 t/data/nice sa-nice
EOF
out="$work/verdicts.jsonl"
node "$root/bin/vigil.js" scan --json -q "$work/mail" > "$out" 2>"$work/errors.txt" || true
echo "messages: $(find "$work/mail" -type f | wc -l), verdicts: $(wc -l < "$out"), not mail or unreadable: $(grep -c '' "$work/errors.txt" || true)"
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").filter(Boolean).map(JSON.parse);
const n = {};
for (const v of rows) n[v.verdict] = (n[v.verdict] ?? 0) + 1;
console.log(n);
for (const v of rows) if (v.verdict !== "clean")
  console.log(v.verdict, v.score, v.target.split("/").pop(), v.signals.map((s) => s.id).join(" "));
' "$out"
