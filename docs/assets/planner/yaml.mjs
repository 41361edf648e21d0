/* The YAML writer of the case draft: scalars that read back exactly. A double-quoted scalar escapes every
   character that could end or bend it, and every character a data file may not hold as it is (control and
   invisible characters, line separators); a literal block is used only where it reads back the same.
   Proven by tests/test_werkplaatsplan.py::test_yaml_writer_round_trip against the project's own reader. */

/* Characters written as an escape: controls, DEL and C1, line/paragraph separators, BOM, and every format
   character (zero-width joiners and spaces, bidi marks, soft hyphen, tags): the reader refuses them raw. */
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]|[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u3164\uffa0]|[\u{110bd}\u{110cd}\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}]/u;

function hex(code, width) {
  var digits = code.toString(16);
  while (digits.length < width) digits = "0" + digits;
  return digits;
}

/* A YAML double-quoted scalar of exactly `value`. */
export function quote(value) {
  var out = '"';
  Array.from(String(value)).forEach(function (ch) {
    var c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c >= 0xd800 && c <= 0xdfff) out += "\ufffd";  // a lone surrogate cannot be written in UTF-8
    else if (c === 0xfffe || c === 0xffff) out += "\\u" + hex(c, 4);
    else if (ESCAPED.test(ch)) out += c > 0xffff ? "\\U" + hex(c, 8) : c < 0x100 ? "\\x" + hex(c, 2) : "\\u" + hex(c, 4);
    else out += ch;
  });
  return out + '"';
}

/* `key: value` at `indent` spaces: text of several lines as a literal block ("|-") when that reads back
   exactly, otherwise as a double-quoted scalar. */
export function block(key, value, indent) {
  var pad = new Array(indent + 1).join(" ");
  var textValue = String(value);
  var lines = textValue.split("\n");
  var safe = lines.length > 1 &&
    !/[\ud800-\udfff\ufffe\uffff]/u.test(textValue) && !ESCAPED.test(textValue.replace(/\n/g, "")) &&
    !/^[ ]/.test(textValue) && !/\n$/.test(textValue) && !/^\n/.test(textValue) &&
    lines.every(function (line) { return !/^[ ]+$/.test(line) && !/[ ]$/.test(line); });
  if (!safe) return pad + key + ": " + quote(textValue) + "\n";
  return pad + key + ": |-\n" + lines.map(function (line) { return line ? pad + "  " + line : ""; }).join("\n") + "\n";
}

/* A comment line: the text on one line, without the characters a data file may not hold raw. */
export function comment(value, indent) {
  var line = String(value).replace(/[\r\n\u0085\u2028\u2029]+/g, " ").replace(new RegExp(ESCAPED.source, "gu"), "")
    .replace(/[\ud800-\udfff\ufffe\uffff]/gu, "");
  return new Array(indent + 1).join(" ") + "# " + line + "\n";
}

/* Comment lines (each at most about 100 characters) with what the plan knows, as a help to write. */
export function comments(value, indent) {
  var words = String(value).replace(/[\r\n\u0085\u2028\u2029]+/g, " ").split(" ");
  var lines = [];
  var line = "";
  words.forEach(function (word) {
    if (line && (line + " " + word).length > 96) {
      lines.push(line);
      line = word;
    } else {
      line = line ? line + " " + word : word;
    }
  });
  if (line) lines.push(line);
  return lines.map(function (l) { return comment(l, indent); }).join("");
}
