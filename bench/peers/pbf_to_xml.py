#!/usr/bin/python3
"""Converts an OSM file (e.g. .osm.pbf) to OSM XML with pyosmium (libosmium's own writer), so the PBF and XML
readers of src/access can be checked against each other bit for bit.  Usage: pbf_to_xml.py IN OUT.osm"""
import sys

import osmium


class Copy(osmium.SimpleHandler):
    def __init__(self, writer):
        super().__init__()
        self.w = writer

    def node(self, n):
        self.w.add_node(n)

    def way(self, w):
        self.w.add_way(w)

    def relation(self, r):
        self.w.add_relation(r)


if __name__ == "__main__":
    writer = osmium.SimpleWriter(sys.argv[2])
    try:
        Copy(writer).apply_file(sys.argv[1])
    finally:
        writer.close()
