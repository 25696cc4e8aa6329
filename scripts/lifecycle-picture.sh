#!/usr/bin/env bash
# Draws the idea lifecycle model (workflow/src/main/resources/bpmn/ideaLifecycle.bpmn) as docs/idea-lifecycle.svg,
# the picture the README shows: with the portal's own BPMN viewer (the bpmn-js WebJar from Maven Central) in headless
# Chromium (Debian's chromium, which the browser tests use too). Run it again after changing the model.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || { echo "Needs Chromium: sudo apt-get install chromium (or set CHROMIUM)" >&2; exit 1; }

version="$(sed -n 's:.*<bpmn-js.version>\(.*\)</bpmn-js.version>.*:\1:p' pom.xml)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./mvnw -q -B dependency:copy -Dartifact="org.webjars.npm:bpmn-js:$version" -DoutputDirectory="$work"
unzip -q -j "$work/bpmn-js-$version.jar" \
  "META-INF/resources/webjars/bpmn-js/$version/dist/bpmn-viewer.production.min.js" -d "$work"

# the model travels inside the page (a file page may not fetch another file); the page replaces itself by the SVG
{
  echo '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="bpmn-viewer.production.min.js"></script></head>'
  echo '<body><div id="canvas" style="width:1600px;height:900px"></div><script type="text/xml" id="model">'
  cat workflow/src/main/resources/bpmn/ideaLifecycle.bpmn
  echo '</script><script>'
  echo 'var viewer = new BpmnJS({ container: "#canvas" });'
  echo 'viewer.importXML(document.getElementById("model").textContent.trim())'
  echo '  .then(function () { return viewer.saveSVG({ format: true }); })'
  echo '  .then(function (result) { document.body.innerHTML = result.svg; })'
  echo '  .catch(function (failure) { document.body.innerHTML = "<p id=\"failure\">" + failure + "</p>"; });'
  echo '</script></body></html>'
} > "$work/page.html"

"$CHROMIUM" --headless --no-sandbox --disable-gpu --virtual-time-budget=10000 --dump-dom "file://$work/page.html" \
  2>/dev/null > "$work/dom.html"
svg="$(tr -d '\n' < "$work/dom.html" | sed -n 's:.*\(<svg.*</svg>\).*:\1:p')"
if [ -z "$svg" ]; then
  echo "The model was not drawn: $(sed -n 's:.*<p id="failure">\(.*\)</p>.*:\1:p' "$work/dom.html")" >&2
  exit 1
fi
mkdir -p docs
printf '<?xml version="1.0" encoding="utf-8"?>\n%s\n' "$svg" > docs/idea-lifecycle.svg
echo "Wrote docs/idea-lifecycle.svg ($(wc -c < docs/idea-lifecycle.svg) bytes) from ideaLifecycle.bpmn with bpmn-js $version"
