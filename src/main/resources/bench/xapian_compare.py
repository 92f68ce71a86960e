#!/usr/bin/env python3
"""Xapian's side of `foiarchive bench compare`, set up as WhatDoTheyKnow's search is (acts_as_xapian:
English stemmer, STEM_SOME, words joined by AND), or with its words joined by OR, Xapian's own default,
which ranks every passage holding any of them. Times are taken here, around Xapian's own calls, so
Python's start-up and this script's reading of files are not counted.

  xapian_compare.py index DB PASSAGES
      one passage a line; prints: ingest N WALL_S CPU_S BYTES VERSION
  xapian_compare.py query DB QUESTIONS WARMUP ROUNDS [and|or]
      one question a line; after WARMUP untimed rounds, prints for each question of each of ROUNDS
      timed rounds: time ROUND I WALL_NS CPU_NS, and for the first timed round also
      top I LINE,LINE,... (the passages' line numbers from 0, best first)
"""
import os
import sys
import time

import xapian

TOP = 10
FLAGS = (xapian.QueryParser.FLAG_BOOLEAN | xapian.QueryParser.FLAG_PHRASE
         | xapian.QueryParser.FLAG_LOVEHATE | xapian.QueryParser.FLAG_WILDCARD)


def folder_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def index(db_path, passages_path):
    with open(passages_path, encoding="utf-8") as f:
        passages = [line.rstrip("\n") for line in f]
    wall, cpu = time.perf_counter(), time.process_time()
    db = xapian.WritableDatabase(db_path, xapian.DB_CREATE_OR_OVERWRITE)
    terms = xapian.TermGenerator()
    terms.set_stemmer(xapian.Stem("english"))
    for text in passages:
        doc = xapian.Document()
        doc.set_data(text)
        terms.set_document(doc)
        terms.index_text(text)
        db.add_document(doc)
    db.commit()
    db.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print("ingest %d %.3f %.3f %d %s"
          % (len(passages), wall, cpu, folder_bytes(db_path), xapian.version_string()))


def query(db_path, questions_path, warmup, rounds, operator):
    with open(questions_path, encoding="utf-8") as f:
        questions = [line.rstrip("\n") for line in f]
    db = xapian.Database(db_path)
    parser = xapian.QueryParser()
    parser.set_stemmer(xapian.Stem("english"))
    parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    parser.set_database(db)
    parser.set_default_op(xapian.Query.OP_OR if operator == "or" else xapian.Query.OP_AND)
    enquire = xapian.Enquire(db)

    def top(question):
        enquire.set_query(parser.parse_query(question, FLAGS))
        # The passages' text is read too, as a results page needs it.
        return [(m.docid, m.document.get_data()) for m in enquire.get_mset(0, TOP)]

    for _ in range(warmup):
        for question in questions:
            top(question)
    out = []
    for r in range(rounds):
        for i, question in enumerate(questions):
            wall, cpu = time.perf_counter_ns(), time.thread_time_ns()
            hits = top(question)
            wall, cpu = time.perf_counter_ns() - wall, time.thread_time_ns() - cpu
            out.append("time %d %d %d %d" % (r, i, wall, cpu))
            if r == 0:
                out.append("top %d %s" % (i, ",".join(str(docid - 1) for docid, _ in hits)))
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "index":
        index(sys.argv[2], sys.argv[3])
    elif len(sys.argv) in (6, 7) and sys.argv[1] == "query":
        operator = sys.argv[6] if len(sys.argv) == 7 else "and"
        if operator not in ("and", "or"):
            sys.exit(__doc__)
        query(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), operator)
    else:
        sys.exit(__doc__)
