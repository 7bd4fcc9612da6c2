#!/usr/bin/env python3
"""Turns a PETRARCH XML file's sentences into raw-text articles, one JSON
object per line ({"id", "date", "source", "text"}): the sentences of each
story joined in order, the whole replicated COPIES times with unique ids.
Used by bench/run-articles to time dyad's raw-text front end and article
coder on the GigaWord sample."""
import argparse
import json
import re
import sys


def stories(xml):
    order, texts, meta = [], {}, {}
    for m in re.finditer(r'<Sentence\b([^>]*)>(.*?)</Sentence>', xml, re.S):
        attrs = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', m.group(1)))
        text = re.search(r'<Text>(.*?)</Text>', m.group(2), re.S)
        sid = attrs.get('id', '')
        if not text or not sid:
            continue
        story = sid.rsplit('_', 1)[0]
        if story not in texts:
            order.append(story)
            texts[story] = []
            meta[story] = (attrs.get('date', ''), attrs.get('source', ''))
        texts[story].append(' '.join(text.group(1).split()))
    return [(s, meta[s], ' '.join(texts[s])) for s in order]


def main():
    p = argparse.ArgumentParser()
    p.add_argument('input')
    p.add_argument('output')
    p.add_argument('--copies', type=int, default=1)
    a = p.parse_args()
    with open(a.input, encoding='utf-8') as f:
        found = stories(f.read())
    if not found:
        sys.exit('make_articles: no <Sentence> records with <Text>')
    with open(a.output, 'w', encoding='utf-8') as out:
        for k in range(a.copies):
            for story, (date, source), text in found:
                d = f'{date[:4]}-{date[4:6]}-{date[6:8]}' if len(date) == 8 else ''
                out.write(json.dumps({'id': f'{story}r{k}', 'date': d, 'source': source,
                                      'text': text}) + '\n')


if __name__ == '__main__':
    main()
