#!/usr/bin/env python3
"""Builds a large PETRARCH XML benchmark corpus by replicating a small one.

Everything from the first <Sentence> record to the end of the last one is
written --copies times; in copy K every record id gets "rK" inserted before its
last '_' (AFP0808020625_4 -> AFP0808020625r17_4), or appended when the id has
no '_', so ids stay unique and the story/sentence split is kept. Dates, Text,
Parse and anything between the records (<Config> elements, blank lines) are
copied unchanged; the text before the first and after the last record is
written once. With --records K only the first K records (and what lies
between them) are used. The output depends only on the input and the options.
Ids repeated in the input (the GigaWord sample has GOLD_9 twice) stay repeated
within a copy.

Usage: make_corpus.py INPUT OUTPUT --copies N [--records K]
"""

import argparse
import re
import sys

RECORD = re.compile(r"<Sentence\b.*?</Sentence>", re.DOTALL)
START_TAG = re.compile(r"<Sentence\b[^>]*>")
ID_ATTR = re.compile(r"""(\bid\s*=\s*)(["'])(.*?)\2""", re.DOTALL)


def copy_id(sentence_id, copy):
    cut = sentence_id.rfind("_")
    if cut < 0:
        return "%sr%d" % (sentence_id, copy)
    return "%sr%d%s" % (sentence_id[:cut], copy, sentence_id[cut:])


def renumber(body, copy):
    """Returns `body` with the id of every <Sentence> start tag made unique for `copy`."""

    def fix_id(attr):
        return attr.group(1) + attr.group(2) + copy_id(attr.group(3), copy) + attr.group(2)

    def fix_tag(tag):
        return ID_ATTR.sub(fix_id, tag.group(0), count=1)

    return START_TAG.sub(fix_tag, body)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="PETRARCH XML file to replicate")
    parser.add_argument("output", help="where to write the corpus ('-' for standard output)")
    parser.add_argument("--copies", type=int, required=True, help="number of copies (>= 1)")
    parser.add_argument("--records", type=int, help="use only the first K records (>= 1)")
    args = parser.parse_args(argv)
    if args.copies < 1:
        parser.error("--copies must be at least 1")
    if args.records is not None and args.records < 1:
        parser.error("--records must be at least 1")

    with open(args.input, encoding="utf-8", newline="") as f:
        text = f.read()
    records = list(RECORD.finditer(text))
    if not records:
        sys.exit("make_corpus.py: %s: no <Sentence> records" % args.input)
    head, tail = text[:records[0].start()], text[records[-1].end():]
    records = records[:args.records]
    body = text[records[0].start():records[-1].end()]

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="")
    with out:
        out.write(head)
        for copy in range(args.copies):
            if copy > 0:
                out.write("\n\n")
            out.write(renumber(body, copy))
        out.write(tail)
    print("make_corpus.py: wrote %d records (%d x %d) to %s"
          % (len(records) * args.copies, len(records), args.copies, args.output),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
